import ExcelJS from "exceljs";
import type { Template } from "@/lib/templates";
import { sheetLayout } from "@/lib/xlsx-layout";

/**
 * Fills a downloaded Excel template as a unit would: each typed cell's figure (text per cell code)
 * written as a number at its place. Sums and 校验 keep their formulas without a cached result, as
 * a program that does not calculate leaves them (the reader recomputes them; Excel would too).
 */
export async function fillTemplate(bytes: Uint8Array, template: Template, texts: Record<string, string>, sheetIndex = 0): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[sheetIndex]!;
  const layout = sheetLayout(template);
  for (const c of template.cells) {
    if (c.computed) continue;
    const cell = ws.getCell(layout.addressOf(c.code));
    const text = texts[c.code];
    cell.value = text === undefined ? null : Number(text);
  }
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
