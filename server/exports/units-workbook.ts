import ExcelJS from "exceljs";
import { formatScaled, type CellValues, type Template } from "@/lib";
import { numberFormat } from "./table-workbook";

/** One unit's row: who it is, where it sits, its status and the figures counted for it. */
export type UnitsRow = {
  code: string;
  name: string;
  parentCode: string | null;
  /** 1 for the node exported, 2 for its children, … */
  depth: number;
  kindLabel: string;
  statusLabel: string;
  /** "本单位填报" (a unit that types its figures) or "下级汇总" (a compiling unit: the sum below it). */
  source: string;
  values: CellValues;
};

export type UnitsWorkbookInput = { template: Template; rows: UnitsRow[]; title: string; basisLabel: string };

const FONT = "宋体";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The columns before the cells: their header and width. */
export const UNIT_COLUMNS = [
  { header: "单位代码", width: 14 },
  { header: "单位名称", width: 30 },
  { header: "上级单位代码", width: 14 },
  { header: "层级", width: 6 },
  { header: "单位类型", width: 16 },
  { header: "状态", width: 9 },
  { header: "数据", width: 10 },
] as const;

/** Text for a header or footer section, where & starts a code (&& prints one). */
const headerText = (text: string) => text.replaceAll("&", "&&");

/**
 * Every unit at and below a node as one sheet for the office's own analysis (filters, pivots):
 * a title row, then two header rows (the cell codes, then the cells' names; frozen with the
 * unit columns), then one row per unit with each cell as a number to the template's decimals.
 * A blank (not reported, or not counted under the basis) stays an empty cell, never 0.
 */
export async function unitsWorkbook(input: UnitsWorkbookInput): Promise<Buffer> {
  const { template } = input;
  const cells = template.cells;
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报编制系统";
  wb.title = input.title;
  const first = UNIT_COLUMNS.length;
  const ws = wb.addWorksheet("各单位数据", {
    // Printed across as many A4 pages as the cells need (one page wide would shrink 60 columns
    // past reading), each with the two header rows and the unit's code and name.
    pageSetup: { paperSize: 9, orientation: "landscape", scale: 85, printTitlesRow: "2:3", printTitlesColumn: "A:B" },
    // The title row prints on the first page only: every page carries it, and its number, here.
    headerFooter: { oddHeader: `&C${headerText(`${input.title}（${input.basisLabel}）`)}`, oddFooter: "&C第 &P 页，共 &N 页" },
    views: [{ state: "frozen", xSplit: 2, ySplit: 3 }],
  });
  ws.getRow(1).values = [`${input.title}（${input.basisLabel}）`];
  ws.getCell(1, 1).font = { name: FONT, size: 12, bold: true };

  const codes = ws.getRow(2);
  const names = ws.getRow(3);
  UNIT_COLUMNS.forEach((c, i) => {
    ws.mergeCells(2, i + 1, 3, i + 1);
    codes.getCell(i + 1).value = c.header;
    ws.getColumn(i + 1).width = c.width;
  });
  cells.forEach((c, i) => {
    codes.getCell(first + i + 1).value = c.code;
    names.getCell(first + i + 1).value = c.unit ? `${c.name}（${c.unit}）` : c.name;
    // Wide enough for the longest codes (P1.reg.repealed) on one line.
    ws.getColumn(first + i + 1).width = Math.max(12, c.code.length + 3);
  });
  for (const row of [codes, names]) {
    row.eachCell((cell) => {
      cell.font = { name: FONT, size: 10, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    });
  }
  names.height = 48;

  input.rows.forEach((u, r) => {
    const row = ws.getRow(4 + r);
    row.values = [u.code, u.name, u.parentCode ?? "", u.depth, u.kindLabel, u.statusLabel, u.source];
    cells.forEach((c, i) => {
      const v = u.values[c.code];
      const cell = row.getCell(first + i + 1);
      cell.value = v === undefined ? null : Number(formatScaled(v, c.scale));
      cell.numFmt = numberFormat(c.scale);
    });
    row.getCell(2).alignment = { indent: Math.min(u.depth - 1, 6) };
    row.font = { name: FONT, size: 10 };
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + input.rows.length, column: first + cells.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
