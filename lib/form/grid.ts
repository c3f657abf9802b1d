import type { Template } from "../templates/types";

/** One value position of a table as printed: a cell code, editable unless the form computes it. */
export type GridSlot = { code: string; editable: boolean };

/**
 * A table's value area as printed: one row per body row (heading rows included, all null, so a
 * block copied from the official layout lines up), one column per value column; null where the
 * official table has no cell.
 */
export type TableGrid = { tableId: string; rows: (GridSlot | null)[][] };

export type FormGrid = {
  tables: TableGrid[];
  /** Where each cell sits: table index, row, column. */
  at: Map<string, { t: number; r: number; c: number }>;
  /** Every editable cell in reading order (tables in template order, then row by row). */
  order: string[];
};

export type Direction = "right" | "left" | "down" | "up";

/** The form's grid of a template: every table's value positions and the editable cells in order. */
export function buildFormGrid(template: Template): FormGrid {
  const tables: TableGrid[] = [];
  const at: FormGrid["at"] = new Map();
  const order: string[] = [];
  for (const table of template.sections.flatMap((s) => s.tables)) {
    const width = Math.max(table.columnCodes.length, ...table.body.map((b) => b.cells.length));
    const t = tables.length;
    const rows = table.body.map((row, r) =>
      Array.from({ length: width }, (_, c): GridSlot | null => {
        const code = row.heading ? null : (row.cells[c] ?? null);
        if (!code) return null;
        const editable = !template.cell(code)?.computed;
        at.set(code, { t, r, c });
        if (editable) order.push(code);
        return { code, editable };
      }),
    );
    tables.push({ tableId: table.id, rows });
  }
  return { tables, at, order };
}

/** The editable cells of one table as a matrix: rows without any editable cell are left out. */
export function editableMatrix(grid: FormGrid, tableId: string): (string | null)[][] {
  const table = grid.tables.find((t) => t.tableId === tableId);
  if (!table) return [];
  return table.rows
    .map((row) => row.map((s) => (s?.editable ? s.code : null)))
    .filter((row) => row.some((code) => code !== null));
}

function firstEditable(table: TableGrid | undefined): string | null {
  for (const row of table?.rows ?? []) for (const s of row) if (s?.editable) return s.code;
  return null;
}

function lastEditable(table: TableGrid | undefined): string | null {
  const rows = table?.rows ?? [];
  for (let r = rows.length - 1; r >= 0; r--) {
    for (let c = rows[r]!.length - 1; c >= 0; c--) if (rows[r]![c]?.editable) return rows[r]![c]!.code;
  }
  return null;
}

/**
 * The editable cell a key moves to, or null at the form's edge. Right/left (Tab / Shift+Tab) run
 * through the reading order, wrapping to the next row and table; down/up (Enter / arrows) stay in
 * the column, skipping computed and absent cells, and go on to the next (previous) table past its edge.
 */
export function moveFrom(grid: FormGrid, code: string, dir: Direction): string | null {
  if (dir === "right" || dir === "left") {
    const i = grid.order.indexOf(code);
    if (i < 0) {
      // From a computed cell: the nearest editable one in reading order.
      const pos = grid.at.get(code);
      if (!pos) return null;
      const after = grid.order.find((c) => before(grid, code, c));
      const prior = [...grid.order].reverse().find((c) => before(grid, c, code));
      return (dir === "right" ? after : prior) ?? null;
    }
    return grid.order[dir === "right" ? i + 1 : i - 1] ?? null;
  }
  const pos = grid.at.get(code);
  if (!pos) return null;
  const rows = grid.tables[pos.t]!.rows;
  const step = dir === "down" ? 1 : -1;
  for (let r = pos.r + step; r >= 0 && r < rows.length; r += step) {
    const slot = rows[r]![pos.c];
    if (slot?.editable) return slot.code;
  }
  for (let t = pos.t + step; t >= 0 && t < grid.tables.length; t += step) {
    const hit = dir === "down" ? firstEditable(grid.tables[t]) : lastEditable(grid.tables[t]);
    if (hit) return hit;
  }
  return null;
}

/** Whether cell a comes before cell b in reading order. */
function before(grid: FormGrid, a: string, b: string): boolean {
  const p = grid.at.get(a)!;
  const q = grid.at.get(b)!;
  return p.t !== q.t ? p.t < q.t : p.r !== q.r ? p.r < q.r : p.c < q.c;
}
