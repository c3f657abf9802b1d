import type { CellInfo, TableLayout, Template } from "@/lib";

/** One cell of a template table at its place in the grid (0-based row and column), spans as printed. */
export type GridCell =
  | { kind: "text"; row: number; col: number; rowSpan: number; colSpan: number; text: string; role: "header" | "label" | "heading" | "unit"; indent?: number }
  | { kind: "value"; row: number; col: number; rowSpan: 1; colSpan: 1; code: string | null; info: CellInfo | undefined };

export type TableGrid = { columns: number; headerRows: number; rows: number; cells: GridCell[] };

/**
 * A template table laid out on a grid, the way the official table (and the PDF's 附表) has it:
 * header rows with their merged cells, then one row per body row: its label cells (a spanning
 * label on its first row only), the unit column of a list table, one value cell per column.
 * Columns are placed as in an HTML table: a cell takes the first column not covered from above.
 */
export function tableGrid(template: Template, layout: TableLayout): TableGrid {
  const list = layout.layout === "list";
  const columns = layout.labelColumns + (list ? 1 : 0) + layout.columnCodes.length;
  const taken = new Set<string>();
  const cells: GridCell[] = [];
  const place = (row: number, from: number, span: { rowSpan: number; colSpan: number }) => {
    let col = from;
    while (taken.has(`${row}:${col}`)) col++;
    for (let r = row; r < row + span.rowSpan; r++) for (let c = col; c < col + span.colSpan; c++) taken.add(`${r}:${c}`);
    return col;
  };
  layout.header.forEach((hr, r) => {
    let col = 0;
    for (const h of hr) {
      col = place(r, col, h);
      cells.push({ kind: "text", row: r, col, rowSpan: h.rowSpan, colSpan: h.colSpan, text: h.text, role: "header" });
      col += h.colSpan;
    }
  });
  const headerRows = layout.header.length;
  layout.body.forEach((b, i) => {
    const r = headerRows + i;
    let col = 0;
    for (const l of b.labels) {
      col = place(r, col, l);
      const indent = list && b.indent > 0 ? { indent: b.indent } : {};
      cells.push({ kind: "text", row: r, col, rowSpan: l.rowSpan, colSpan: l.colSpan, text: l.text, role: b.heading ? "heading" : "label", ...indent });
      col += l.colSpan;
    }
    let at = layout.labelColumns;
    if (list) cells.push({ kind: "text", row: r, col: at++, rowSpan: 1, colSpan: 1, text: b.unit ?? "", role: "unit" });
    for (let k = 0; k < layout.columnCodes.length; k++) {
      const code = b.heading ? null : (b.cells[k] ?? null);
      cells.push({ kind: "value", row: r, col: at + k, rowSpan: 1, colSpan: 1, code, info: code === null ? undefined : template.cell(code) });
    }
  });
  return { columns, headerRows, rows: headerRows + layout.body.length, cells };
}
