import type { HeaderCell, Template, TableLayout } from "../../templates/types";
import { parseCellInput } from "../../values";
import type { ParsedProblem, ParsedUnitTable } from "../parsed-table";
import { ImportFileError } from "../parsed-table";
import type { GridSlot, TableGrid } from "./grid";

/** Read as "nothing to report" in published tables; 0 only where the row's total is 0. */
const PLACEHOLDERS = new Set(["", "/", "／", "-", "－", "—", "——", "–", "─"]);

/** Labels compared as people write them: no spaces, full- and half-width brackets, quotes and colons alike. */
export function normaliseLabel(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/[：:]/g, ":")
    .replace(/[“”"‘’'「」]/g, "")
    .replace(/[，,]/g, ",")
    .toLowerCase();
}

const isNumberText = (t: string) => /^[+-]?[\d,，]+(\.\d+)?$/.test(t.replace(/\s/g, ""));
const isValueText = (t: string) => PLACEHOLDERS.has(t.trim()) || isNumberText(t);
/** A row holding at least one figure or placeholder mark (an empty row is not one). */
const isDataRow = (row: GridSlot[]) => row.some((s) => s.text !== "" && isValueText(s.text));

/** The texts of a row's cells read left to right, a spanned cell once, values left out. */
function labelsOf(row: GridSlot[]): string[] {
  const out: string[] = [];
  let last = -1;
  for (const s of row) {
    if (s.cell === last) continue;
    last = s.cell;
    if (s.text !== "" && !isValueText(s.text)) out.push(s.text);
  }
  return out;
}

/** A template table's header or body laid out: the texts covering each slot. */
function spanTexts(rows: HeaderCell[][], width: number): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr]![c + dc] = cell.text;
      c += cell.colSpan;
    }
  });
  return grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

const dedupe = (xs: string[]) => xs.filter((x, i) => x !== "" && x !== xs[i - 1]);

type ValueRow = { cells: string[]; path: string[] };

/** Each value row of a template table with its label path (spanning labels included). */
function valueRows(table: TableLayout): ValueRow[] {
  const labels = spanTexts(table.body.map((b) => b.labels), table.labelColumns);
  return table.body.flatMap((b, i) => (b.cells.some((c) => c !== null) ? [{ cells: b.cells.filter((c): c is string => c !== null), path: dedupe(labels[i]!) }] : []));
}

/** Each value column's header path, top to bottom (the corner and label columns left out). */
function columnPaths(table: TableLayout, valueColumns: number): string[][] {
  const offset = table.labelColumns + (table.layout === "list" ? 1 : 0);
  const grid = spanTexts(table.header, offset + valueColumns);
  return Array.from({ length: valueColumns }, (_, j) => dedupe(grid.map((row) => row[offset + j]!)));
}

type RowHit = { grid: number; row: number };

function matchRow(grids: TableGrid[], vr: ValueRow, unique: boolean, used: Set<string>): RowHit | null {
  const want = normaliseLabel(vr.path.join(""));
  const leaf = normaliseLabel(vr.path[vr.path.length - 1] ?? "");
  let loose: RowHit | null = null;
  for (let g = 0; g < grids.length; g++) {
    for (let r = 0; r < grids[g]!.rows.length; r++) {
      if (used.has(`${g}:${r}`)) continue;
      const labels = labelsOf(grids[g]!.rows[r]!);
      if (!labels.length) continue;
      // A list table's unit column ("条") follows the label: compare with and without it.
      const keys = [labels, labels.slice(0, -1)].map((l) => normaliseLabel(l.join("")));
      if (keys.includes(want)) return { grid: g, row: r };
      if (!loose && unique && leaf && keys.some((k) => k.endsWith(leaf))) loose = { grid: g, row: r };
    }
  }
  return loose;
}

/** The header rows just above a data row: the run of rows without figures. */
function headerAbove(grid: TableGrid, row: number): GridSlot[][] {
  let top = row;
  while (top > 0 && !isDataRow(grid.rows[top - 1]!)) top--;
  return grid.rows.slice(top, row);
}

/** Which grid column holds each template column, by the header texts above; null where none matches. */
function mapColumns(header: GridSlot[][], paths: string[][], width: number): (number | null)[] {
  const gridPaths = Array.from({ length: width }, (_, c) => dedupe(header.map((row) => row[c]?.text ?? "")).map(normaliseLabel));
  const taken = new Set<number>();
  return paths.map((path) => {
    const want = path.map(normaliseLabel);
    for (let c = 0; c < width; c++) {
      if (taken.has(c)) continue;
      const got = gridPaths[c]!;
      if (!got.length || got[got.length - 1] !== want[want.length - 1]) continue;
      const joined = got.join("|");
      let at = 0;
      const inOrder = want.every((w) => (at = joined.indexOf(w, at)) >= 0 && (at += w.length) > 0);
      if (inOrder) {
        taken.add(c);
        return c;
      }
    }
    return null;
  });
}

/** The value slots of a row left to right, a spanned cell once; empty slots past the `need`ed ones at the end are padding. */
function valueSlots(row: GridSlot[], need: number): number[] {
  const out: number[] = [];
  row.forEach((s, c) => {
    if (s.origin && isValueText(s.text) && !(s.text === "" && c === 0)) out.push(c);
  });
  while (out.length > need && row[out[out.length - 1]!]!.text === "") out.pop();
  // A pasted line loses its trailing empty cells: they are blank slots past the row's end.
  for (let c = row.length; out.length < need && (out.length === 0 || out[out.length - 1]! >= row.length - 1); c++) out.push(c);
  return out;
}

type Found = { text: string; address: string };

function addressOf(grid: TableGrid, row: number, col: number): string {
  return `${grid.name ? `${grid.name} ` : ""}第${row + 1}行第${col + 1}列`;
}

/** Where each cell of one template table is in the grids, with the text found there. */
function readTable(grids: TableGrid[], table: TableLayout, used: Set<string>): { found: Map<string, Found>; matchedRows: number; labelledRows: number } {
  const found = new Map<string, Found>();
  const rows = valueRows(table);
  const width = rows[0]?.cells.length ?? 0;
  const paths = columnPaths(table, width);
  const leafCount = new Map<string, number>();
  for (const r of rows) {
    const leaf = normaliseLabel(r.path[r.path.length - 1] ?? "");
    leafCount.set(leaf, (leafCount.get(leaf) ?? 0) + 1);
  }
  let matchedRows = 0;
  let labelledRows = 0;
  for (const vr of rows) {
    let hit: RowHit | null;
    if (vr.path.length) {
      labelledRows++;
      hit = matchRow(grids, vr, leafCount.get(normaliseLabel(vr.path[vr.path.length - 1]!)) === 1, used);
    } else hit = unlabelledRow(grids, table, used);
    if (!hit) continue;
    matchedRows++;
    used.add(`${hit.grid}:${hit.row}`);
    const grid = grids[hit.grid]!;
    const row = grid.rows[hit.row]!;
    const byHeader = mapColumns(headerAbove(grid, hit.row), paths, row.length);
    const slots = valueSlots(row, vr.cells.length);
    // Without a header that names the columns, the figures are read in order (a list's last one).
    const byPosition = table.layout === "list" ? [slots[slots.length - 1] ?? null] : slots.length === vr.cells.length ? slots : null;
    vr.cells.forEach((code, j) => {
      const col = byHeader.every((c) => c !== null) ? byHeader[j]! : (byPosition?.[j] ?? byHeader[j] ?? null);
      if (col === null) return;
      found.set(code, { text: row[col]?.text ?? "", address: addressOf(grid, hit.row, col) });
    });
  }
  return { found, matchedRows, labelledRows };
}

/** A table without row labels (2021's 四): the first data row under a header that names its top columns. */
function unlabelledRow(grids: TableGrid[], table: TableLayout, used: Set<string>): RowHit | null {
  const top = (table.header[0] ?? []).map((h) => normaliseLabel(h.text));
  for (let g = 0; g < grids.length; g++) {
    const rows = grids[g]!.rows;
    for (let r = 0; r < rows.length; r++) {
      const texts = new Set(rows[r]!.map((s) => normaliseLabel(s.text)));
      if (!top.every((t) => texts.has(t))) continue;
      for (let d = r + 1; d < rows.length; d++) if (isDataRow(rows[d]!) && !used.has(`${g}:${d}`)) return { grid: g, row: d };
    }
  }
  return null;
}

/** How well the grids read as this template: the share of its labelled official rows found. */
function score(grids: TableGrid[], template: Template): number {
  let found = 0;
  let total = 0;
  const used = new Set<string>();
  for (const s of template.sections) {
    for (const t of s.tables) {
      if (valueRows(t).every((r) => r.cells.every((c) => !template.cell(c)?.official))) continue;
      const r = readTable(grids, t, used);
      found += r.matchedRows;
      total += r.labelledRows;
    }
  }
  return total ? found / total : 0;
}

export type PublishedReadOptions = { source: string; year?: number | null; orgCode?: string | null };

/**
 * Reads a unit's statistics from the tables of its published report (a saved page's tables or a
 * pasted block): the template recognised from the row labels and headers (any template given,
 * never from a year), each cell found by its row's labels and its column's header. "/", "—",
 * "-" and blank read as 0 where the row's total is 0, otherwise a problem at that place.
 * Throws ImportFileError when no template's table is recognised.
 */
export function readPublishedTables(grids: TableGrid[], templates: Template[], opts: PublishedReadOptions): ParsedUnitTable {
  const ranked = templates.map((t) => ({ t, s: score(grids, t) })).sort((a, b) => b.s - a.s);
  const best = ranked[0];
  if (!best || best.s < 0.6) {
    throw new ImportFileError(`未能在「${opts.source}」中识别出统计表：表格的行标题与系统中任何一种统计表（${templates.map((t) => t.name).join("、")}）都对不上`, opts.source);
  }
  const template = best.t;
  const used = new Set<string>();
  const found = new Map<string, Found>();
  for (const s of template.sections) for (const t of s.tables) for (const [k, v] of readTable(grids, t, used).found) found.set(k, v);

  const values: Record<string, string> = {};
  const addresses: Record<string, string> = {};
  const problems: ParsedProblem[] = [];
  const placeholders: string[] = [];
  for (const [code, f] of found) {
    addresses[code] = f.address;
    if (PLACEHOLDERS.has(f.text.trim())) placeholders.push(code);
    else values[code] = f.text;
  }
  const isZero = (code: string) => {
    const text = values[code];
    if (text === undefined) return false;
    const r = parseCellInput(text, template.cell(code)!);
    return r.ok && r.value === 0n;
  };
  const sumOf = (code: string) => template.sums.flatMap((r) => (r.kind === "linear" && r.rhs.some((x) => x.cell === code) ? [r.lhs[0]!.cell] : []));
  for (const code of placeholders) {
    const cell = template.cell(code)!;
    // A total shown as "/" is computed from its parts.
    if (cell.computed) continue;
    const totals = sumOf(code);
    const sameRow = totals.filter((t) => template.cell(t)!.rowCode === cell.rowCode);
    const total = (sameRow.length ? sameRow : totals)[0];
    if (total && isZero(total)) values[code] = "0";
    else {
      const mark = found.get(code)!.text.trim() || "空白";
      problems.push({
        cell: code,
        address: addresses[code],
        message: total
          ? `${cell.name}（${code}）为“${mark}”，但所在行的合计（${template.cell(total)!.name}）不为 0，无法确定其数值`
          : `${cell.name}（${code}）为“${mark}”，无法确定其数值（只有合计为 0 的行才按 0 读取）`,
      });
    }
  }
  return { source: opts.source, year: opts.year ?? null, templateId: template.id, orgCode: opts.orgCode ?? null, values, addresses, problems };
}
