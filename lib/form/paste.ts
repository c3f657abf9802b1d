import type { Template } from "../templates/types";
import { formatCellText } from "./format";
import type { FormGrid } from "./grid";

/**
 * A block copied from Excel or WPS: rows by \n or \r\n, cells by \t. The line break Excel puts
 * after the last row is not a row. A cell Excel quoted (it held a line break) loses its quotes.
 */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t").map((cell) => cell.replace(/^"([\s\S]*)"$/, "$1").trim()));
}

/** Whether a pasted text is a block (several cells) rather than one value typed into one input. */
export function isBlock(text: string): boolean {
  const block = parseClipboardBlock(text);
  return block.length > 1 || (block[0]?.length ?? 0) > 1;
}

/**
 * Lays a block onto the form from the focused cell: block[i][j] goes to the position i rows down
 * and j columns right of it in the printed table. Positions outside the table, without a cell, or
 * on a computed cell are skipped (so a copy of the official layout keeps its totals out).
 * Returns cell code → text in the form's display (4,223,174); a text that does not parse is kept
 * as pasted, for the form's validation to report at its cell.
 */
export function mapPaste(template: Template, grid: FormGrid, start: string, block: string[][]): Record<string, string> {
  const pos = grid.at.get(start);
  if (!pos) return {};
  const rows = grid.tables[pos.t]!.rows;
  const out: Record<string, string> = {};
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const slot = rows[pos.r + i]?.[pos.c + j];
      if (!slot?.editable) return;
      const cell = template.cell(slot.code);
      out[slot.code] = cell ? formatCellText(text, cell) : text;
    }),
  );
  return out;
}
