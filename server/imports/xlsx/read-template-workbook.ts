import ExcelJS from "exceljs";
import { ImportFileError, type ParsedProblem, type ParsedUnitTable } from "@/lib/import";
import { getTemplate, isTemplateId, templateIds, type Template } from "@/lib/templates";
import { INDEX_COLUMNS, INDEX_SHEET, TITLE_ADDRESS, type IndexEntry } from "@/lib/xlsx-layout";
import { cellText } from "./cell-content";
import { readUnitSheet } from "./read-unit-sheet";
import { checkXlsxZip } from "./zip-guard";

/** The workbook's hidden index, by sheet name (empty when the sheets were copied into another workbook). */
function readIndex(wb: ExcelJS.Workbook): Map<string, IndexEntry> {
  const ws = wb.getWorksheet(INDEX_SHEET);
  const out = new Map<string, IndexEntry>();
  if (!ws) return out;
  const header = INDEX_COLUMNS.map((_, i) => cellText(ws.getCell(1, i + 1)));
  if (header.join(",") !== INDEX_COLUMNS.join(",")) return out;
  for (let r = 2; r <= ws.rowCount; r++) {
    const [sheet, year, templateId, orgCode, unitName] = INDEX_COLUMNS.map((_, i) => cellText(ws.getCell(r, i + 1)));
    if (sheet) out.set(sheet, { sheet, year: Number(year), templateId: templateId ?? "", orgCode: orgCode ?? "", unitName: unitName ?? "" });
  }
  return out;
}

/** The template whose name is the sheet's title: how a sheet copied out of its workbook is still known. */
function templateByTitle(ws: ExcelJS.Worksheet): Template | null {
  const title = cellText(ws.getCell(TITLE_ADDRESS));
  if (!title) return null;
  const id = templateIds.find((t) => getTemplate(t).name.replace(/\s+/g, "") === title);
  return id ? getTemplate(id) : null;
}

/**
 * Reads a filled Excel template (one workbook, any number of unit sheets) into one
 * ParsedUnitTable per unit sheet. The file is checked before exceljs opens it (size, zip, bomb);
 * a file that cannot be read at all throws ImportFileError with its message. Each sheet is known
 * by the workbook's hidden index, else by its title cells; sheets that are neither (a unit's own
 * notes) are left alone. Whether the year, unit and figures are right is the import's to decide.
 */
export async function readTemplateWorkbook(bytes: Uint8Array, fileName: string): Promise<ParsedUnitTable[]> {
  checkXlsxZip(bytes, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("无法作为 Excel 工作簿打开，文件可能已损坏：请在 Excel 或 WPS 中重新保存为 .xlsx 后上传", fileName);
  }
  const index = readIndex(wb);
  const out: ParsedUnitTable[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === INDEX_SHEET) continue;
    const entry = index.get(ws.name) ?? null;
    const extra: ParsedProblem[] = [];
    let template: Template | null = null;
    if (entry && isTemplateId(entry.templateId)) template = getTemplate(entry.templateId);
    else if (entry) extra.push({ message: `文件记录的统计表模板“${entry.templateId}”不是本系统的模板` });
    const titled = templateByTitle(ws);
    template ??= titled;
    if (!template) {
      if (entry) out.push({ source: `${fileName} 工作表「${ws.name}」`, year: entry.year, templateId: entry.templateId, orgCode: entry.orgCode, values: {}, addresses: {}, problems: extra });
      continue;
    }
    if (entry && titled && titled.id !== template.id) extra.push({ address: `${ws.name}!${TITLE_ADDRESS}`, message: `工作表的标题是“${titled.name}”，与文件记录的模板 ${template.id} 不一致` });
    out.push(readUnitSheet(ws, template, fileName, entry, extra));
  }
  if (out.length === 0) throw new ImportFileError("文件中没有找到填报表：请使用本系统下载的 Excel 填报模板（工作表第一行应为统计表的标题）", fileName);
  return out;
}
