/** Excel's column letters for a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1-style address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** The row and column of an A1-style address ("D14" → { row: 14, col: 4 }); null if it is not one. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return null;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** A range such as "B3:D3" (a single cell when it spans nothing). */
export function rangeAddress(r: { row: number; col: number; rowSpan: number; colSpan: number }): string {
  const from = cellAddress(r.row, r.col);
  return r.rowSpan === 1 && r.colSpan === 1 ? from : `${from}:${cellAddress(r.row + r.rowSpan - 1, r.col + r.colSpan - 1)}`;
}
