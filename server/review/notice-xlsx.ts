import ExcelJS from "exceljs";
import type { Notice } from "@/lib/review";

/**
 * The draft 通报 as an xlsx workbook: the title merged across the columns, a header row, one row
 * per unit, then the date it was made. Plain text cells, so the office edits it freely.
 */
export async function noticeWorkbook(notice: Notice, madeOn: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报编制系统";
  const ws = wb.addWorksheet("通报（草稿）", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const n = notice.columns.length;
  ws.addRow([notice.title]);
  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.font = { name: "宋体", size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(1).height = 36;
  const header = ws.addRow(notice.columns);
  header.font = { name: "黑体", bold: true };
  header.alignment = { horizontal: "center", vertical: "middle" };
  for (const r of notice.rows) ws.addRow([r.unit, r.status, r.deadline, r.timing, r.publication]).alignment = { vertical: "middle", wrapText: true };
  if (notice.rows.length === 0) ws.addRow(["暂无逾期报送或逾期发布年度报告的下级单位"]);
  ws.addRow([]);
  ws.addRow([`制表日期：${madeOn}`]);
  [32, 10, 14, 30, 48].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let r = 2; r <= 2 + notice.rows.length; r++) {
    for (let c = 1; c <= n; c++) ws.getCell(r, c).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
