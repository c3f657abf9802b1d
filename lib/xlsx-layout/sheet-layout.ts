import type { Template, TableLayout } from "../templates/types";
import { cellAddress } from "./address";
import { anchorCell, checkTerms, sheetChecks, sheetSums } from "./checks";
import { placeTable } from "./place-table";
import type { CheckDef, LayoutItem, MetaField, SheetLayout, TextRole } from "./types";

/** Fixed for every template, so a sheet is recognised by them wherever it is copied. */
export const TITLE_ADDRESS = cellAddress(1, 1);
const META_ROWS: { field: MetaField; label: string }[] = [
  { field: "unitName", label: "填报单位" },
  { field: "orgCode", label: "单位代码" },
  { field: "year", label: "年度" },
];
export const META_LABELS: Record<MetaField, string> = Object.fromEntries(META_ROWS.map((m) => [m.field, m.label])) as Record<MetaField, string>;
export const INSTRUCTIONS =
  "填写说明：只在白色单元格中填写数字（不填写文字、公式）；灰色的合计单元格自动计算；「校验」列随填随查，显示“通过”或未通过的规则；「上年数」仅供对照。单元格右上角的红色标记为填报说明。";
export const REFERENCE_TITLE = "上年数（仅供对照，不需填写）";
export const CHECK_HEADER = "校验";
export const REFERENCE_HEADER = "上年数";

/** Column widths (characters) each kind of cell asks for; labels as wide as their text up to a cap, then wrapped. */
const WIDTH = { value: 12, unit: 8, check: 16, header: 12, spanningLabel: 10, label: 40, metaLabel: 10 };

/** Display width of text: CJK characters count two. */
export const textWidth = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

function wantedWidth(item: LayoutItem): number {
  switch (item.kind) {
    case "text": {
      const w = textWidth(item.text) + 2 + 2 * (item.indent ?? 0);
      if (item.role === "header") return Math.min(WIDTH.header, w);
      if (item.role === "unit") return WIDTH.unit;
      if (item.role === "meta-label") return WIDTH.metaLabel;
      return Math.min(item.rowSpan > 1 ? WIDTH.spanningLabel : WIDTH.label, w);
    }
    case "check":
      // Under a value column it wraps (two lines) rather than widen the whole grid: 三's seven
      // requester columns at 16 shrank every printed page of the sheet.
      return item.under ? WIDTH.value : WIDTH.check;
    default:
      return WIDTH.value;
  }
}

/** Where a value cell sits in its table: body row and value column (0-based). */
type Pos = { table: string; row: number; col: number };

/**
 * Each table's columns from the left: its label columns, the unit column of a list, the value
 * columns, then 上年数 where the table has one value column, then 校验 where it has checks.
 *
 * Last year's values of a table with several value columns (三's 25 x 7 grid, 四's 15 cells) go in
 * a block of the same shape below the table instead: a column beside each value column would
 * double the width the unit fills in and crowd an A4 page, and a separate sheet would be out of
 * sight while typing (and would multiply the sheets of a multi-unit workbook).
 */
type Geometry = {
  layout: TableLayout;
  labelColumns: number;
  unitColumn: boolean;
  values: number;
  reference: "column" | "block";
  /** Checks on a body row (in the 校验 column) and under a value column (in a 校验 row below the table). */
  rowChecks: Map<number, CheckDef[]>;
  colChecks: Map<number, CheckDef[]>;
};

const firstValueCol = (g: Geometry) => g.labelColumns + (g.unitColumn ? 1 : 0);
const hasCheckColumn = (g: Geometry) => g.rowChecks.size > 0;
const tableWidth = (g: Geometry) => firstValueCol(g) + g.values + (g.reference === "column" ? 1 : 0) + (hasCheckColumn(g) ? 1 : 0);

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  m.set(k, [...(m.get(k) ?? []), v]);
}

/**
 * A check is shown on the row its cells share (in the 校验 column), else under the value column
 * they share (in the table's 校验 row), else on the row of its first cell.
 */
function placeChecks(t: Template, geometries: Map<string, Geometry>) {
  const pos = new Map<string, Pos>();
  for (const g of geometries.values())
    g.layout.body.forEach((b, row) => b.cells.forEach((code, col) => code && pos.set(code, { table: g.layout.id, row, col })));
  for (const c of sheetChecks(t)) {
    const ps = checkTerms(c).map((x) => pos.get(x.cell)!);
    const sameTable = ps.every((p) => p.table === ps[0]!.table);
    const g = geometries.get(ps[0]!.table)!;
    if (sameTable && ps.every((p) => p.row === ps[0]!.row)) push(g.rowChecks, ps[0]!.row, c);
    else if (sameTable && g.values > 1 && ps.every((p) => p.col === ps[0]!.col)) push(g.colChecks, ps[0]!.col, c);
    else {
      const a = pos.get(anchorCell(c))!;
      push(geometries.get(a.table)!.rowChecks, a.row, c);
    }
  }
}

/** The template's sheet, computed from the template alone: the same for every template, old or new. */
export function sheetLayout(t: Template): SheetLayout {
  const geometries = new Map<string, Geometry>();
  for (const s of t.sections)
    for (const layout of s.tables) {
      const values = layout.columnCodes.length;
      geometries.set(layout.id, {
        layout,
        labelColumns: layout.labelColumns,
        unitColumn: layout.layout === "list",
        values,
        reference: values === 1 ? "column" : "block",
        rowChecks: new Map(),
        colChecks: new Map(),
      });
    }
  placeChecks(t, geometries);
  const sums = sheetSums(t);
  const columns = Math.max(4, ...[...geometries.values()].map(tableWidth));

  const items: LayoutItem[] = [];
  const text = (row: number, col: number, rowSpan: number, colSpan: number, role: TextRole, s: string, extra: { indent?: number; note?: string } = {}) =>
    items.push({ kind: "text", row, col, rowSpan, colSpan, role, text: s, ...extra });
  const banner = (row: number, role: TextRole, s: string) => text(row, 1, 1, columns, role, s);
  const one = { rowSpan: 1, colSpan: 1 };

  banner(1, "title", t.name);
  META_ROWS.forEach((m, i) => {
    text(2 + i, 1, 1, 1, "meta-label", m.label);
    items.push({ kind: "meta", field: m.field, row: 2 + i, col: 2, rowSpan: 1, colSpan: columns - 1 });
  });
  banner(5, "instructions", INSTRUCTIONS);
  const meta = Object.fromEntries(META_ROWS.map((m, i) => [m.field, cellAddress(2 + i, 2)])) as Record<MetaField, string>;

  const addresses = new Map<string, string>();
  const references = new Map<string, string>();
  const pageBreaksAfter: number[] = [];
  let row = 7;

  for (const [si, section] of t.sections.entries()) {
    if (si > 0) pageBreaksAfter.push(row - 1);
    banner(row++, "section", section.title);
    for (const layout of section.tables) {
      const g = geometries.get(layout.id)!;
      if (layout.title) banner(row++, "table-title", layout.title);
      row = writeTable(g, row, false);
      row++;
    }
  }

  /** The table (or its 上年数 block) from `top`; returns the row after it. */
  function writeTable(g: Geometry, top: number, block: boolean): number {
    const { layout } = g;
    const placed = placeTable(layout);
    const H = layout.header.length;
    const v0 = firstValueCol(g) + 1;
    const notes = noteSpots(t, layout);
    let extra = v0 + g.values;
    const refCol = !block && g.reference === "column" ? extra++ : null;
    const checkCol = !block && hasCheckColumn(g) ? extra++ : null;

    for (const p of placed.header) {
      const leafCol = p.col - firstValueCol(g);
      const note = p.colSpan === 1 && p.row + p.rowSpan === H && leafCol >= 0 ? notes.columns.get(leafCol) : undefined;
      text(top + p.row, p.col + 1, p.rowSpan, p.colSpan, "header", p.text, note ? { note } : {});
    }
    if (refCol) text(top, refCol, H, 1, "header", REFERENCE_HEADER);
    if (checkCol) text(top, checkCol, H, 1, "header", CHECK_HEADER);

    layout.body.forEach((b, i) => {
      const r = top + H + i;
      const leaf = placed.labels[i]!.length - 1;
      placed.labels[i]!.forEach((p, k) => {
        const note = k === leaf && !block ? notes.rows.get(i) : undefined;
        const indent = layout.layout === "list" && b.indent > 0 ? { indent: b.indent } : {};
        text(r, p.col + 1, p.rowSpan, p.colSpan, b.heading ? "heading" : "label", p.text, { ...indent, ...(note ? { note } : {}) });
      });
      if (g.unitColumn) text(r, g.labelColumns + 1, 1, 1, "unit", b.unit ?? "");
      for (let k = 0; k < g.values; k++) {
        const code = b.heading ? null : (b.cells[k] ?? null);
        const col = v0 + k;
        const info = code ? t.cell(code) : undefined;
        if (!code || !info) items.push({ kind: "empty", row: r, col, ...one });
        else if (block) {
          items.push({ kind: "reference", code, info, row: r, col, ...one });
          references.set(code, cellAddress(r, col));
        } else {
          const note = notes.cells.get(code);
          items.push({ kind: "value", code, info, sum: sums.get(code) ?? null, row: r, col, ...one, ...(note ? { note } : {}) });
          addresses.set(code, cellAddress(r, col));
          if (refCol) {
            items.push({ kind: "reference", code, info, row: r, col: refCol, ...one });
            references.set(code, cellAddress(r, refCol));
          }
        }
      }
      if (refCol && (b.heading || !b.cells[0])) items.push({ kind: "empty", row: r, col: refCol, ...one });
      if (checkCol) {
        const checks = g.rowChecks.get(i);
        items.push(checks ? { kind: "check", checks, row: r, col: checkCol, ...one } : { kind: "empty", row: r, col: checkCol, ...one });
      }
    });
    let next = top + H + layout.body.length;
    if (!block && g.colChecks.size > 0) {
      if (g.labelColumns + (g.unitColumn ? 1 : 0) > 0) text(next, 1, 1, firstValueCol(g), "label", CHECK_HEADER);
      for (let k = 0; k < g.values; k++) {
        const checks = g.colChecks.get(k);
        items.push(checks ? { kind: "check", checks, under: true, row: next, col: v0 + k, ...one } : { kind: "empty", row: next, col: v0 + k, ...one });
      }
      if (checkCol) items.push({ kind: "empty", row: next, col: checkCol, ...one });
      next++;
    }
    if (!block && g.reference === "block") {
      next++;
      text(next++, 1, 1, tableWidth(g), "reference-title", REFERENCE_TITLE);
      next = writeTable(g, next, true);
    }
    return next;
  }

  const lookup = (m: Map<string, string>, what: string) => (code: string) => {
    const a = m.get(code);
    if (!a) throw new Error(`模板 ${t.id} 中没有${what}单元格 ${code}`);
    return a;
  };
  const widths = Array.from({ length: columns }, () => 8);
  for (const item of items) if (item.colSpan === 1 && item.kind !== "meta") widths[item.col - 1] = Math.max(widths[item.col - 1]!, wantedWidth(item));
  return {
    templateId: t.id,
    title: t.name,
    columns,
    widths,
    items,
    rows: row - 1,
    printTitleRows: { first: 1, last: 4 },
    pageBreaksAfter,
    meta,
    addressOf: lookup(addresses, ""),
    referenceAddressOf: lookup(references, "上年数"),
  };
}

/**
 * Where each 填报说明 goes as a cell note: on the row's label when every cell of a row of a
 * multi-column table says the same, on the column's header when every cell of a column does,
 * else on the cell itself (a one-column table: always on the cell one fills in).
 */
function noteSpots(t: Template, layout: TableLayout) {
  const rows = new Map<number, string>();
  const columns = new Map<number, string>();
  const cells = new Map<string, string>();
  const noteOf = (code: string | null) => (code ? t.cell(code)?.note : undefined);
  const uniform = (codes: (string | null)[]) => {
    const present = codes.filter((c): c is string => !!c);
    const first = present.length ? noteOf(present[0]!) : undefined;
    return first && present.length > 1 && present.every((c) => noteOf(c) === first) ? first : undefined;
  };
  const multi = layout.columnCodes.length > 1;
  const body = layout.body.filter((b) => !b.heading);
  layout.body.forEach((b, i) => {
    const n = multi && !b.heading ? uniform(b.cells) : undefined;
    if (n) rows.set(i, n);
  });
  layout.columnCodes.forEach((_, k) => {
    const n = multi && rows.size === 0 ? uniform(body.map((b) => b.cells[k] ?? null)) : undefined;
    if (n) columns.set(k, n);
  });
  layout.body.forEach((b, i) =>
    b.cells.forEach((code, k) => {
      const n = noteOf(code);
      if (code && n && !rows.has(i) && !columns.has(k)) cells.set(code, n);
    }),
  );
  return { rows, columns, cells };
}
