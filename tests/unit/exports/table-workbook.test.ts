import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { numberFormat, tableWorkbook } from "@/server/exports/table-workbook";

async function open(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** Where a text sits on a sheet: "D7". */
function find(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let hit: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!hit && cell.value === text && !cell.isMerged) hit = cell;
    if (!hit && cell.value === text && cell.isMerged && cell.master === cell) hit = cell;
  }));
  if (!hit) throw new Error(`no cell ${text} on ${ws.name}`);
  return hit;
}

/** The merged ranges of a sheet, e.g. "A1:J1". */
const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges;

describe("the compiled 附表 as xlsx (2021 template: merged headers, spanning labels, amounts)", () => {
  const template = getTemplate("gov-disclosure-2021");
  const values = { "R1.np": 12n, "R1.tot": 15n, "R3.1.np": 7n, "P8.fee": 123456n, F2: 1050n, "AR.total": 3n };
  const input = { template, values, unitName: "某某市人民政府", orgCode: "150100", yearTitle: "2025年度", basisLabel: "已审核通过的数据" };

  test("one sheet per section, each with the template's title, the unit, its code and the year", async () => {
    const wb = await open(await tableWorkbook(input));
    expect(wb.worksheets.map((w) => w.name)).toEqual(template.sections.map((s) => s.title));
    for (const ws of wb.worksheets) {
      expect(ws.getCell("A1").value).toBe(template.name);
      expect(ws.getCell("A2").value).toBe("填报单位：某某市人民政府（150100）　年度：2025年度　数据：已审核通过的数据");
      expect(merges(ws)).toContain(`A1:${ws.getColumn(ws.columnCount).letter}1`);
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToWidth).toBe(1);
    }
  });

  test("三's header merges as the official table: 申请人情况 over seven columns, 法人或其他组织 over five, 自然人 over two rows", async () => {
    const ws = (await open(await tableWorkbook(input))).getWorksheet("三、收到和处理政府信息公开申请情况")!;
    const corner = find(ws, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    const applicants = find(ws, "申请人情况");
    const r = Number(applicants.row);
    expect(corner.address).toBe(`A${r}`);
    expect(merges(ws)).toContain(`A${r}:C${r + 2}`);
    expect(merges(ws)).toContain(`D${r}:J${r}`);
    expect(find(ws, "自然人").address).toBe(`D${r + 1}`);
    expect(merges(ws)).toContain(`D${r + 1}:D${r + 2}`);
    expect(merges(ws)).toContain(`E${r + 1}:I${r + 1}`);
    expect(find(ws, "总计").address).toBe(`J${r + 1}`);
    // 三、本年度办理结果 spans its 22 rows in the first label column.
    const result = find(ws, "三、本年度办理结果");
    expect(merges(ws)).toContain(`A${result.row}:A${Number(result.row) + 21}`);
    // Values are numbers, with the whole-number format; a blank value is an empty cell.
    const row1 = Number(find(ws, "一、本年新收政府信息公开申请数量").row);
    expect(ws.getCell(`D${row1}`).value).toBe(12);
    expect(ws.getCell(`D${row1}`).numFmt).toBe("0");
    expect(ws.getCell(`J${row1}`).value).toBe(15);
    expect(ws.getCell(`E${row1}`).value).toBeNull();
  });

  test("amounts are numbers with the template's decimals as the number format", async () => {
    const wb = await open(await tableWorkbook(input));
    const s2 = wb.getWorksheet("二、主动公开政府信息情况")!;
    const fee = find(s2, "行政事业性收费");
    const cell = s2.getCell(Number(fee.row), Number(fee.col) + 1);
    expect(cell.value).toBe(12.3456);
    expect(cell.numFmt).toBe("0.0000");
    expect(find(s2, "本年收费金额（单位：万元）")).toBeTruthy();
    const s6 = wb.getWorksheet("六、其他需要报告的事项")!;
    const f2 = find(s6, "收费通知金额");
    expect(s6.getCell(Number(f2.row), Number(f2.col) + 1).value).toBe("元");
    const f2Value = s6.getCell(Number(f2.row), Number(f2.col) + 2);
    expect(f2Value.value).toBe(10.5);
    expect(f2Value.numFmt).toBe("0.00");
  });

  test("四 (no label column): 行政复议 over five columns, 行政诉讼 over ten", async () => {
    const ws = (await open(await tableWorkbook(input))).getWorksheet("四、政府信息公开行政复议、行政诉讼情况")!;
    const review = find(ws, "行政复议");
    const r = Number(review.row);
    expect(review.address).toBe(`A${r}`);
    expect(merges(ws)).toContain(`A${r}:E${r}`);
    expect(merges(ws)).toContain(`F${r}:O${r}`);
    const valueRow = ws.getRow(r + 3);
    expect(valueRow.getCell(5).value).toBe(3);
  });

  test("number formats by scale", () => {
    expect([0, 2, 4].map(numberFormat)).toEqual(["0", "0.00", "0.0000"]);
  });
});
