import ExcelJS from "exceljs";
import { computeSums, MAX_INPUT, type CellInfo, type CellValues, type Template } from "@/lib";
import {
  checkFormula,
  checkResult,
  excelNumber,
  INDEX_COLUMNS,
  INDEX_SHEET,
  rangeAddress,
  scaleIn,
  sheetLayout,
  sumFormula,
  sumResult,
  textWidth,
  type LayoutItem,
  type SheetLayout,
} from "@/lib/xlsx-layout";
import { numberFormat } from "../table-workbook";

/** One unit's sheet: its figures (the latest stored, any status) and last year's for reference. */
export type TemplateSheetInput = {
  sheetName: string;
  template: Template;
  year: number;
  unitName: string;
  orgCode: string;
  values: CellValues;
  previous: CellValues | null;
};

const FONT = "宋体";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const GREY = fill("FFE7E6E6");
const LIGHT = fill("FFF2F2F2");
const HEADER = fill("FFDDEBF7");

/**
 * Protection without a password: it keeps the layout from being changed by accident (typing over
 * a label or a sum), not from a determined user — the reader checks every label and sum anyway,
 * and an office that must unprotect a sheet (to fix the print area, say) can.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/** What Excel accepts in a value cell: a number ≥ 0 (or any sign) up to 10^12, with at most the cell's decimals. */
function validation(info: CellInfo, address: string): ExcelJS.DataValidation {
  const max = Number(MAX_INPUT);
  const min = info.signed ? -max : 0;
  const what = `${info.signed ? "" : "不小于0的"}${info.scale === 0 ? "整数" : `数字（最多${info.scale}位小数）`}`;
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: "填写有误", error: `${info.name}：请填写${what}（单位：${info.unit}）` } as const;
  if (info.scale === 0) return { ...common, type: "whole", operator: "between", formulae: [min, max] };
  return { ...common, type: "custom", formulae: [`AND(ISNUMBER(${address}),${address}>=${min},${address}<=${max},ROUND(${address},${info.scale})=${address})`] };
}

function writeItem(ws: ExcelJS.Worksheet, layout: SheetLayout, item: LayoutItem, unit: TemplateSheetInput, values: CellValues, scaleOf: (code: string) => number) {
  const range = rangeAddress(item);
  if (item.rowSpan > 1 || item.colSpan > 1) ws.mergeCells(range);
  const cell = ws.getCell(item.row, item.col);
  const font = { name: FONT, size: 10 };
  const bordered = item.kind !== "meta" && !(item.kind === "text" && ["title", "meta-label", "instructions", "section", "table-title", "reference-title"].includes(item.role));
  switch (item.kind) {
    case "text": {
      cell.value = item.text;
      const bold = ["title", "section", "table-title", "header", "heading", "meta-label"].includes(item.role);
      const size = item.role === "title" ? 16 : item.role === "section" ? 12 : 10;
      cell.font = { ...font, size, bold, ...(item.role === "reference-title" || item.role === "instructions" ? { color: { argb: "FF595959" } } : {}) };
      const centred = ["title", "header", "unit"].includes(item.role);
      cell.alignment = { horizontal: centred ? "center" : "left", vertical: "middle", wrapText: true, ...(item.indent ? { indent: item.indent } : {}) };
      if (item.role === "header") cell.fill = HEADER;
      if (item.note) cell.note = item.note;
      break;
    }
    case "meta":
      cell.value = item.field === "year" ? unit.year : item.field === "orgCode" ? unit.orgCode : unit.unitName;
      cell.font = font;
      cell.alignment = { horizontal: "left", vertical: "middle" };
      break;
    case "value": {
      const v = values[item.code];
      const scale = item.info.scale;
      cell.numFmt = numberFormat(scale);
      cell.font = font;
      cell.alignment = { horizontal: "right", vertical: "middle" };
      if (item.sum) {
        const result = sumResult(item.sum, values, scaleOf);
        cell.value = { formula: sumFormula(item.sum, layout.addressOf), result: result === undefined ? "" : excelNumber(result, scale) };
        cell.fill = GREY;
      } else {
        cell.value = v === undefined ? null : excelNumber(v, scale);
        cell.protection = { locked: false };
        cell.dataValidation = validation(item.info, cell.address);
      }
      if (item.note) cell.note = item.note;
      break;
    }
    case "reference": {
      const v = unit.previous?.[item.code];
      cell.value = v === undefined ? null : excelNumber(v, item.info.scale);
      cell.numFmt = numberFormat(item.info.scale);
      cell.font = { ...font, italic: true, color: { argb: "FF595959" } };
      cell.alignment = { horizontal: "right", vertical: "middle" };
      cell.fill = LIGHT;
      break;
    }
    case "check":
      cell.value = { formula: checkFormula(item.checks, layout.addressOf), result: checkResult(item.checks, values, scaleOf) };
      cell.font = font;
      cell.alignment = { horizontal: "left", vertical: "middle", wrapText: true };
      break;
    case "empty":
      cell.fill = LIGHT;
      break;
  }
  if (bordered) for (let r = item.row; r < item.row + item.rowSpan; r++) for (let c = item.col; c < item.col + item.colSpan; c++) ws.getCell(r, c).border = BORDER;
}

/** Row heights for wrapped text: the most lines any single-row text cell of the row needs. */
function rowHeights(ws: ExcelJS.Worksheet, layout: SheetLayout) {
  const lines = new Map<number, number>();
  for (const item of layout.items) {
    if (item.rowSpan !== 1) continue;
    const width = layout.widths.slice(item.col - 1, item.col - 1 + item.colSpan).reduce((a, b) => a + b, 0);
    const text = item.kind === "text" ? item.text : item.kind === "check" ? "不通过：" + item.checks[0]!.label : "";
    // A failing 校验 gets two lines: enough to name the rule without every checked row standing tall.
    const n = Math.min(item.kind === "check" ? 2 : Infinity, Math.ceil(textWidth(text) / Math.max(4, width - 1)));
    lines.set(item.row, Math.max(lines.get(item.row) ?? 1, n));
  }
  for (let r = 1; r <= layout.rows; r++) ws.getRow(r).height = r === 1 ? 30 : Math.max(18, 14 * (lines.get(r) ?? 1) + 4);
}

/** A 校验 cell that names a broken rule is printed red. */
function highlightFailures(ws: ExcelJS.Worksheet, layout: SheetLayout) {
  const ref = layout.items.filter((i) => i.kind === "check").map(rangeAddress).join(" ");
  if (!ref) return;
  ws.addConditionalFormatting({ ref, rules: [{ type: "containsText", operator: "containsText", text: "不通过", priority: 1, style: { font: { color: { argb: "FFC00000" }, bold: true } } }] });
}

async function addUnitSheet(wb: ExcelJS.Workbook, unit: TemplateSheetInput) {
  const layout = sheetLayout(unit.template);
  const scaleOf = scaleIn(unit.template);
  // The sums as the form shows them, so every formula's cached result is right.
  const values = computeSums(unit.template, unit.values);
  const ws = wb.addWorksheet(unit.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: layout.columns > 6 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${layout.printTitleRows.first}:${layout.printTitleRows.last}`,
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
    views: [{ state: "frozen", ySplit: layout.printTitleRows.last, showGridLines: false }],
  });
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const item of layout.items) writeItem(ws, layout, item, unit, values, scaleOf);
  rowHeights(ws, layout);
  for (const r of layout.pageBreaksAfter) ws.getRow(r).addPageBreak();
  highlightFailures(ws, layout);
  await ws.protect("", PROTECTION);
}

/**
 * Units' Excel templates in one workbook (one sheet each) and the hidden index naming each sheet's
 * unit, year and template. Excel, WPS and LibreOffice recalculate every formula when the file is
 * opened (fullCalcOnLoad), and each formula also carries its result for viewers that do not.
 */
export async function templateWorkbook(units: TemplateSheetInput[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报编制系统";
  wb.title = units.length === 1 ? `${units[0]!.unitName}${units[0]!.year}年度统计表填报模板` : `${units[0]?.year ?? ""}年度统计表填报模板`;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const unit of units) await addUnitSheet(wb, unit);
  const index = wb.addWorksheet(INDEX_SHEET, { state: "veryHidden" });
  index.addRow([...INDEX_COLUMNS]);
  for (const u of units) index.addRow([u.sheetName, u.year, u.template.id, u.orgCode, u.unitName]);
  // Every cell as text, so no program turns a code like 0150 into a number.
  index.eachRow((row) => row.eachCell((c) => (c.value = String(c.value))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
