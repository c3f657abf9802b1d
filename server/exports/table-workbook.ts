import ExcelJS from "exceljs";
import { formatScaled, type CellValues, type Template } from "@/lib";
import { tableGrid, type GridCell } from "./table-grid";

export type TableWorkbookInput = {
  template: Template;
  values: CellValues;
  unitName: string;
  orgCode: string;
  /** "2018年度", or the cycle's label. */
  yearTitle: string;
  /** What the figures are, e.g. "已审核通过数据的汇总". */
  basisLabel: string;
};

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "宋体";

/** The Excel number format of a cell of this scale: digits in full, no thousands separators, the template's decimals. */
export function numberFormat(scale: number): string {
  return scale === 0 ? "0" : `0.${"0".repeat(scale)}`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, "").slice(0, 28) || "统计表";
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}${i}`;
  used.add(name);
  return name;
}

/** The column width (in characters) a cell's role wants. */
function wantedWidth(cell: GridCell, labelColumns: number, list: boolean): number {
  if (cell.kind === "value") return 12;
  if (cell.role === "unit") return 8;
  if (cell.role === "header") return cell.col < labelColumns ? (list ? 48 : 12) : 10;
  return cell.col + cell.colSpan >= labelColumns ? (list ? 48 : 34) : 12;
}

/** Display width of text: CJK characters count two. */
const textWidth = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

/**
 * The compiled 附表 of a node as an xlsx workbook in the official layout of the cycle's template:
 * one sheet per template section with the title, the unit, code and year, then each table with its
 * merged header cells, row labels and units. Values are numbers (not text) with the template's
 * decimals as the cell's number format; a blank stays an empty cell. A4 print setup, fitted to the
 * page width.
 */
export async function tableWorkbook(input: TableWorkbookInput): Promise<Buffer> {
  const { template, values } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报编制系统";
  wb.title = `${input.unitName}${input.yearTitle}${template.name}`;
  const used = new Set<string>();

  for (const section of template.sections) {
    const grids = section.tables.map((t) => ({ layout: t, grid: tableGrid(template, t) }));
    const width = Math.max(3, ...grids.map((g) => g.grid.columns));
    const ws = wb.addWorksheet(sheetName(section.title, used), {
      pageSetup: { paperSize: 9, orientation: width > 6 ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
      views: [{ showGridLines: false }],
    });
    const widths = Array.from({ length: width }, () => 8);
    for (const { layout, grid } of grids) {
      for (const c of grid.cells) {
        if (c.colSpan === 1) widths[c.col] = Math.max(widths[c.col]!, wantedWidth(c, layout.labelColumns, layout.layout === "list"));
      }
    }
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const spanWidth = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);

    let row = 1;
    const banner = (text: string, font: Partial<ExcelJS.Font>, height: number, horizontal: "center" | "left" = "center") => {
      ws.mergeCells(row, 1, row, width);
      const cell = ws.getCell(row, 1);
      cell.value = text;
      cell.font = { name: FONT, ...font };
      cell.alignment = { horizontal, vertical: "middle", wrapText: true };
      ws.getRow(row).height = height;
      row++;
    };
    banner(template.name, { size: 16, bold: true }, 32);
    banner(`填报单位：${input.unitName}（${input.orgCode}）　年度：${input.yearTitle}　数据：${input.basisLabel}`, { size: 10 }, 20);
    banner(section.title, { size: 12, bold: true }, 22, "left");

    for (const { layout, grid } of grids) {
      row++;
      if (layout.title) banner(layout.title, { size: 11, bold: true }, 20);
      const top = row;
      const lines = new Map<number, number>();
      for (const c of grid.cells) {
        const r = top + c.row;
        const col = c.col + 1;
        if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(r, col, r + c.rowSpan - 1, col + c.colSpan - 1);
        const cell = ws.getCell(r, col);
        if (c.kind === "value") {
          const v = c.code === null ? undefined : values[c.code];
          const scale = c.info?.scale ?? 0;
          cell.value = v === undefined ? null : Number(formatScaled(v, scale));
          cell.numFmt = numberFormat(scale);
          cell.alignment = { horizontal: "right", vertical: "middle" };
          cell.font = { name: FONT, size: 10 };
        } else {
          cell.value = c.text;
          const centred = c.role === "header" || c.role === "unit";
          cell.alignment = { horizontal: centred ? "center" : "left", vertical: "middle", wrapText: true, indent: c.indent ?? 0 };
          cell.font = { name: FONT, size: 10, bold: c.role === "header" || c.role === "heading" };
          if (c.rowSpan === 1) {
            const n = Math.ceil(textWidth(c.text) / Math.max(4, spanWidth(c.col, c.colSpan) - 2));
            lines.set(c.row, Math.max(lines.get(c.row) ?? 1, n));
          }
        }
        for (let rr = r; rr < r + c.rowSpan; rr++) for (let cc = col; cc < col + c.colSpan; cc++) ws.getCell(rr, cc).border = BORDER;
      }
      for (let k = 0; k < grid.rows; k++) ws.getRow(top + k).height = Math.max(18, 14 * (lines.get(k) ?? 1) + 4);
      row = top + grid.rows;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
