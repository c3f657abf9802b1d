import type { TableLayout, Template } from "../templates/types";
import { formatScaled, type CellValues } from "../values";
import type { PrintedCell, PrintedTable } from "./document";

const cell = (text: string, align: PrintedCell["align"], colSpan = 1, rowSpan = 1, indent?: number): PrintedCell =>
  indent ? { text, colSpan, rowSpan, align, indent } : { text, colSpan, rowSpan, align };

/** A value as the 附表 prints it: in full, no thousands separators, amounts at their scale; blank stays blank. */
export function printedValue(template: Template, values: CellValues, code: string | null): string {
  if (code === null) return "";
  const v = values[code];
  const info = template.cell(code);
  if (v === undefined || !info) return "";
  return formatScaled(v, info.scale);
}

/** A template table with a node's values, in the official layout (merged headers, spanning labels). */
export function printTable(template: Template, layout: TableLayout, values: CellValues): PrintedTable {
  const list = layout.layout === "list";
  const valueColumns = layout.columnCodes.length;
  const columns: PrintedTable["columns"] = [
    ...Array.from({ length: layout.labelColumns }, () => ({ role: "label" as const })),
    ...(list ? [{ role: "unit" as const }] : []),
    ...Array.from({ length: valueColumns }, () => ({ role: "value" as const })),
  ];
  const header = layout.header.map((row) => row.map((h) => cell(h.text, "center", h.colSpan, h.rowSpan)));
  const body = layout.body.map((row) => {
    const labels = row.labels.map((l) => cell(l.text, "left", l.colSpan, l.rowSpan, list ? row.indent : undefined));
    const unit = list ? [cell(row.unit ?? "", "center")] : [];
    const cells = row.heading ? Array.from({ length: valueColumns }, () => null) : row.cells;
    return { heading: row.heading, cells: [...labels, ...unit, ...cells.map((c) => cell(printedValue(template, values, c), "right"))] };
  });
  return { id: layout.id, title: layout.title, layout: layout.layout, columns, header, body };
}

/**
 * A table as the official national table has it: rows whose cells are all beyond it (`official:
 * false`, the 2021 信息处理费 F1–F3) left out; null when nothing of it is official.
 */
function officialOnly(template: Template, layout: TableLayout): TableLayout | null {
  const official = (code: string | null) => code !== null && template.cell(code)?.official !== false;
  const body = layout.body.filter((row) => row.heading || row.cells.some(official));
  return body.some((row) => !row.heading) ? { ...layout, body } : null;
}

/** The tables of some template sections, in template order: the official table only. */
export function printSections(template: Template, sectionIds: readonly string[], values: CellValues): PrintedTable[] {
  return template.sections
    .filter((s) => sectionIds.includes(s.id))
    .flatMap((s) => s.tables.flatMap((t) => officialOnly(template, t) ?? []).map((t) => printTable(template, t, values)));
}
