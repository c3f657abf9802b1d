/** One slot of a table laid out on a grid: spanned cells fill every slot they cover. */
export type GridSlot = {
  text: string;
  /** True at the top-left slot of its cell (a spanned value is read there only). */
  origin: boolean;
  /** Identifies the cell across the slots it covers. */
  cell: number;
};

/** A table of a page, or a pasted block, as a grid of slots; `name` prefixes its addresses ("表格2"). */
export type TableGrid = { name: string | null; rows: GridSlot[][] };

export type SpanCell = { text: string; colSpan: number; rowSpan: number };

/**
 * Lays rows of cells with colspan/rowspan out on a grid, as a browser does: each cell takes the
 * first free slot of its row, and a rowspan keeps its slots taken on the rows below.
 */
export function layOut(rows: SpanCell[][]): GridSlot[][] {
  const grid: GridSlot[][] = rows.map(() => []);
  let id = 0;
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c]) c++;
      const cellId = id++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr]![c + dc] = { text: cell.text, origin: dr === 0 && dc === 0, cell: cellId };
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { text: "", origin: true, cell: id++ }));
}

/** Cell text as people read it: runs of white space (non-breaking and ideographic spaces too) as one, trimmed. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/** A table pasted from a page or a spreadsheet: lines of tab-separated cells. */
export function pastedGrid(text: string): TableGrid {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  return { name: null, rows: layOut(lines.map((line) => line.split("\t").map((t) => ({ text: cleanText(t), colSpan: 1, rowSpan: 1 })))) };
}
