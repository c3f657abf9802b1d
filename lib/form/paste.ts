import type { Template } from "../templates/types";
import { parseCellInput } from "../values";
import { formatCellText } from "./format";
import type { FormGrid } from "./grid";
import { normalizeLabel, templateLabels } from "./paste-labels";

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

/** What a paste does: the cells it fills, or why nothing was pasted (naming the cell). */
export type PastePlan =
  | { ok: true; values: Record<string, string>; skippedLabels: number }
  | { ok: false; cell: string; message: string };

const cellName = (template: Template, code: string) => `${template.cell(code)?.name ?? code}（${code}）`;

/**
 * Removes what a block copied from the official Excel carries besides its numbers: the label
 * columns (row labels, 计量单位 — a column with a label and otherwise labels or blanks), the blank
 * columns a merged label leaves at the left, and the header rows at the top, so the numbers line
 * up with the focused cell.
 */
function withoutLabels(block: string[][], isLabel: (s: string) => boolean): { block: string[][]; removed: number } {
  const width = Math.max(0, ...block.map((r) => r.length));
  const column = (c: number) => block.map((r) => r[c] ?? "");
  const plain = (texts: string[]) => texts.every((s) => s === "" || isLabel(s));
  const labelsOnly = (texts: string[]) => texts.some(isLabel) && plain(texts);
  let lead = 0;
  while (lead < width - 1 && plain(column(lead))) lead++;
  const leadHasLabel = Array.from({ length: lead }, (_, c) => c).some((c) => column(c).some(isLabel));
  const drop = (c: number) => (leadHasLabel && c < lead) || labelsOnly(column(c));
  let rows = block.map((r) => r.filter((_, c) => !drop(c)));
  let removed = block.reduce((n, r) => n + r.filter((s, c) => drop(c) && s !== "").length, 0);
  while (rows.length > 1 && labelsOnly(rows[0]!)) {
    removed += rows[0]!.filter((s) => s !== "").length;
    rows = rows.slice(1);
  }
  return { block: rows, removed };
}

/**
 * Lays a pasted text onto the form from the focused cell: block[i][j] goes to the position i
 * rows down and j columns right of it in the printed table; positions outside the table or
 * without a cell are clipped. Texts that match the tables' labels (row labels, headers, units)
 * are skipped. The paste is refused as a whole, naming the cell, when a number would land on a
 * sum (the form computes it) or a text is not a value of its cell: nothing is half-pasted.
 * Values come back in the form's display (4,223,174); a blank clears its cell.
 */
export function planPaste(template: Template, grid: FormGrid, start: string, text: string): PastePlan {
  const pos = grid.at.get(start);
  if (!pos) return { ok: true, values: {}, skippedLabels: 0 };
  const labels = templateLabels(template);
  const isLabel = (s: string) => s !== "" && labels.has(normalizeLabel(s));
  const { block, removed } = withoutLabels(parseClipboardBlock(text), isLabel);
  const rows = grid.tables[pos.t]!.rows;
  const values: Record<string, string> = {};
  let skippedLabels = removed;
  const refused: { cell: string; message: string }[] = [];
  block.forEach((line, i) =>
    line.forEach((pasted, j) => {
      const slot = rows[pos.r + i]?.[pos.c + j];
      if (!slot) return;
      if (isLabel(pasted)) {
        skippedLabels++;
        return;
      }
      const cell = template.cell(slot.code);
      if (!cell) return;
      if (!slot.editable) {
        if (pasted !== "") refused.push({ cell: slot.code, message: `不能粘贴到合计单元格${cellName(template, slot.code)}：合计由系统根据各项自动计算。请只复制需要填写的各项数字后再粘贴。` });
        return;
      }
      const parsed = parseCellInput(pasted, cell);
      if (!parsed.ok) refused.push({ cell: slot.code, message: `粘贴的“${pasted}”不能填入${cellName(template, slot.code)}：${parsed.message.replace(/。$/, "")}。` });
      else values[slot.code] = formatCellText(pasted, cell);
    }),
  );
  const first = refused[0];
  if (first) {
    const more = refused.length > 1 ? `另有 ${refused.length - 1} 处同样无法粘贴。` : "";
    return { ok: false, cell: first.cell, message: `${first.message}${more}未粘贴任何数据。` };
  }
  return { ok: true, values, skippedLabels };
}
