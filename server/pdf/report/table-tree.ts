import type { PrintedCell, PrintedRow, PrintedTable } from "../../../lib/report/document";

/**
 * react-pdf has no table element and no row/column spans: a table is drawn as nested flex
 * boxes. These turn the spans of a PrintedTable back into the trees the boxes follow:
 * a header cell spanning columns holds the cells under it, a label spanning rows holds the
 * rows beside it.
 */

export type HeaderNode = { cell: PrintedCell; col: number; children: HeaderNode[] };

export type BodyNode =
  | { kind: "row"; heading: boolean; cells: { cell: PrintedCell; col: number }[] }
  | { kind: "group"; cell: PrintedCell; col: number; children: BodyNode[] };

export function headerTree(header: PrintedCell[][], columns: number): HeaderNode[] {
  const cursor = header.map(() => 0);
  const take = (row: number, width: number, col: number): HeaderNode[] => {
    const nodes: HeaderNode[] = [];
    let used = 0;
    while (used < width) {
      const cell = header[row]?.[cursor[row]!];
      if (!cell) throw new Error(`表头第 ${row + 1} 行的单元格不足以覆盖 ${width} 列`);
      cursor[row]! += 1;
      const below = row + cell.rowSpan;
      const node = { cell, col: col + used, children: below < header.length ? take(below, cell.colSpan, col + used) : [] };
      nodes.push(node);
      used += cell.colSpan;
    }
    return nodes;
  };
  return header.length ? take(0, columns, 0) : [];
}

export function bodyTree(rows: PrintedRow[], startCol = 0): BodyNode[] {
  const out: BodyNode[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i]!;
    const first = row.cells[0];
    if (first && first.rowSpan > 1) {
      const inner = [{ ...row, cells: row.cells.slice(1) }, ...rows.slice(i + 1, i + first.rowSpan)];
      out.push({ kind: "group", cell: first, col: startCol, children: bodyTree(inner, startCol + first.colSpan) });
      i += first.rowSpan;
      continue;
    }
    let col = startCol;
    out.push({
      kind: "row",
      heading: row.heading,
      cells: row.cells.map((cell) => {
        const at = col;
        col += cell.colSpan;
        return { cell, col: at };
      }),
    });
    i += 1;
  }
  return out;
}

/**
 * Column widths in points: list tables give the label most of the line; grids give nested
 * (spanning) label columns three characters and share the rest among the values.
 */
export function columnWidths(table: PrintedTable, total: number, fontSize: number): number[] {
  const roles = table.columns.map((c) => c.role);
  const labels = roles.filter((r) => r === "label").length;
  const values = roles.filter((r) => r === "value").length;
  if (table.layout === "list") {
    const unit = roles.includes("unit") ? fontSize * 3.2 : 0;
    const value = Math.max(fontSize * 6, (total - unit) * 0.2);
    const label = (total - unit - value * values) / Math.max(labels, 1);
    return roles.map((r) => (r === "label" ? label : r === "unit" ? unit : value));
  }
  if (labels === 0) return roles.map(() => total / values);
  const labelTotal = total * (labels === 1 ? 0.34 : Math.min(0.48, 0.3 + 0.06 * labels));
  // Wide enough for "（三）" on one line (a unit the line breaker keeps whole), plus padding.
  const outer = fontSize * 3 + 7;
  const innermost = labelTotal - outer * (labels - 1);
  const value = (total - labelTotal) / values;
  let seen = 0;
  return roles.map((r) => {
    if (r !== "label") return value;
    seen += 1;
    return seen === labels ? innermost : outer;
  });
}

export const spanWidth = (widths: number[], col: number, span: number) => widths.slice(col, col + span).reduce((s, w) => s + w, 0);
