import type { HeaderCell, TableLayout } from "../templates/types";

/** A header or label cell at its place among a table's rows (0-based row, column from the table's left). */
export type Placed = { row: number; col: number; rowSpan: number; colSpan: number; text: string };

/**
 * Places a table's header rows and its body rows' label cells as in an HTML table: each cell takes
 * the first column not covered from above (a spanning label covers the rows below it).
 */
export function placeTable(layout: TableLayout): { header: Placed[]; labels: Placed[][] } {
  const taken = new Set<string>();
  const place = (row: number, from: number, h: HeaderCell): Placed => {
    let col = from;
    while (taken.has(`${row}:${col}`)) col++;
    for (let r = row; r < row + h.rowSpan; r++) for (let c = col; c < col + h.colSpan; c++) taken.add(`${r}:${c}`);
    return { row, col, rowSpan: h.rowSpan, colSpan: h.colSpan, text: h.text };
  };
  const lay = (cells: HeaderCell[], row: number): Placed[] => {
    let col = 0;
    return cells.map((h) => {
      const p = place(row, col, h);
      col = p.col + p.colSpan;
      return p;
    });
  };
  const header = layout.header.flatMap((cells, r) => lay(cells, r));
  const labels = layout.body.map((b, i) => lay(b.labels, layout.header.length + i));
  return { header, labels };
}
