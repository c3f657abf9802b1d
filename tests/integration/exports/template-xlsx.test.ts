import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDb, type OpenedDb } from "@/db/client";
import { getRoster, listCycles } from "@/db/queries/cycles";
import { getSubmission } from "@/db/queries/submissions";
import { buildTree, formatScaled, isLeaf, parseScaled, type CellValues, type Template } from "@/lib";
import { ImportFileError } from "@/lib/import";
import { getTemplate, templateIds } from "@/lib/templates";
import { INDEX_SHEET, sheetLayout } from "@/lib/xlsx-layout";
import { loadUnitTemplate, loadUnitTemplates } from "@/server/exports/template-xlsx/load-unit-template";
import { templateWorkbook, type TemplateSheetInput } from "@/server/exports/template-xlsx/template-workbook";
import { readTemplateWorkbook } from "@/server/imports/xlsx/read-template-workbook";
import { runCli } from "../cli/run-cli";
import { renderedPngs, renderedText, SKIP_OFFICE } from "./office";

/**
 * The unit's Excel template both ways on the demo data (loaded by the CLI's demo:load): written for
 * a unit, read back to the very figures, for every template the app has; and every malformed file
 * refused with its own message.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-template-xlsx-"));
const file = path.join(tmp, "demo.db");
let opened: OpenedDb;

/** A leaf unit of the latest cycle using the template, with all its figures saved. */
type Sample = { template: Template; year: number; orgCode: string; values: CellValues };
const samples = new Map<string, Sample>();

beforeAll(() => {
  const r = runCli(file, ["demo:load"]);
  expect(r.code, r.stderr).toBe(0);
  opened = openDb(file);
  for (const cycle of [...listCycles(opened.db)].sort((a, b) => b.year - a.year)) {
    if (samples.has(cycle.templateId)) continue;
    const tree = buildTree(getRoster(opened.db, cycle.id));
    const template = getTemplate(cycle.templateId);
    for (const node of tree.nodes.values()) {
      const s = isLeaf(tree, node.orgId) ? getSubmission(opened.db, cycle.id, node.orgId) : null;
      if (s && Object.keys(s.values).length === template.cells.length) {
        samples.set(cycle.templateId, { template, year: cycle.year, orgCode: node.code, values: s.values });
        break;
      }
    }
  }
}, 180_000);

afterAll(() => {
  opened?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The figures read, as exact values (the reader gives plain decimal text: "0", "2.5"). */
const exact = (t: Template, read: Record<string, string>): CellValues => Object.fromEntries(Object.entries(read).map(([code, text]) => [code, parseScaled(text, t.cell(code)!.scale)!]));

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sample(id: string): Sample {
  const s = samples.get(id);
  if (!s) throw new Error(`the demo has no complete unit on ${id}`);
  return s;
}

/** A unit's template with nothing typed in (as for a unit that has saved nothing). */
async function blankTemplate(s: Sample): Promise<Uint8Array> {
  const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
  if (!loaded.ok) throw new Error(loaded.message);
  return new Uint8Array(await templateWorkbook([{ ...loaded.sheet, values: {} }]));
}

describe.each(templateIds.map((id) => ({ id })))("round trip of $id", ({ id }) => {
  test("the template carries the unit's stored figures and reads back to exactly them", async () => {
    const s = sample(id);
    const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const bytes = new Uint8Array(await templateWorkbook([loaded.sheet]));
    const [table, ...more] = await readTemplateWorkbook(bytes, "模板.xlsx");
    expect(more).toEqual([]);
    expect(table!.problems).toEqual([]);
    expect(table).toMatchObject({ year: s.year, templateId: id, orgCode: s.orgCode, source: "模板.xlsx 工作表「填报表」" });
    expect(exact(s.template, table!.values)).toEqual(s.values);
    const layout = sheetLayout(s.template);
    for (const c of s.template.cells) expect(table!.addresses[c.code]).toBe(`填报表!${layout.addressOf(c.code)}`);
  });

  test("a blank template filled programmatically with the unit's figures (sums left as formulas without results) reads back to them", async () => {
    const s = sample(id);
    const wb = await load(await blankTemplate(s));
    const ws = wb.getWorksheet("填报表")!;
    const layout = sheetLayout(s.template);
    for (const c of s.template.cells) {
      const cell = ws.getCell(layout.addressOf(c.code));
      if (c.computed) cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue;
      else cell.value = Number(formatScaled(s.values[c.code]!, c.scale));
    }
    const [table] = await readTemplateWorkbook(await save(wb), "filled.xlsx");
    expect(table!.problems).toEqual([]);
    expect(exact(s.template, table!.values)).toEqual(s.values);
  });
});

describe("the template's contents", () => {
  test("protected sheet, unlocked value cells with validation, sums as formulas with results, notes, the hidden index", async () => {
    const s = sample("gov-disclosure-2021");
    const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
    if (!loaded.ok) throw new Error(loaded.message);
    const wb = await load(new Uint8Array(await templateWorkbook([loaded.sheet])));
    const ws = wb.getWorksheet("填报表")!;
    const layout = sheetLayout(s.template);
    expect(ws.getCell("A1").value).toBe(s.template.name);
    expect([ws.getCell("B3").value, ws.getCell("B4").value]).toEqual([s.orgCode, s.year]);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, printTitlesRow: "1:4", fitToWidth: 1 });
    const typed = ws.getCell(layout.addressOf("R1.np"));
    expect(typed.protection?.locked).toBe(false);
    expect(typed.dataValidation).toMatchObject({ type: "whole", formulae: [0, 1e12] });
    const fee = ws.getCell(layout.addressOf("P8.fee"));
    expect(fee.dataValidation.type).toBe("custom");
    expect(fee.numFmt).toBe("0.0000");
    const sum = ws.getCell(layout.addressOf("R3.7.tot")).value as ExcelJS.CellFormulaValue;
    expect(sum.formula).toMatch(/^IF\(COUNT\(/);
    expect(sum.result).toBe(Number(s.values["R3.7.tot"]));
    expect(ws.getCell(layout.addressOf("R3.7.tot")).protection?.locked).not.toBe(false);
    expect(String(ws.getCell(layout.addressOf("P5.license")).note)).toContain("行政许可");
    const index = wb.getWorksheet(INDEX_SHEET)!;
    expect(index.state).toBe("veryHidden");
    expect(index.getRow(2).values).toEqual([undefined, "填报表", String(s.year), "gov-disclosure-2021", s.orgCode, loaded.sheet.unitName]);
  });

  test("a compiling unit is refused; last year's figures are in the 上年数 cells", async () => {
    const s = sample("gov-disclosure-2021");
    expect(loadUnitTemplate(opened.db, s.year, "150000")).toEqual({ ok: false, status: 409, message: "内蒙古自治区是汇总单位，其数据由下级单位汇总得出，没有需要填写的 Excel 模板" });
    const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
    if (!loaded.ok) throw new Error(loaded.message);
    const prev = loaded.sheet.previous!;
    expect(prev["R1.np"]).toBeDefined();
    const wb = await load(new Uint8Array(await templateWorkbook([loaded.sheet])));
    expect(wb.getWorksheet("填报表")!.getCell(sheetLayout(s.template).referenceAddressOf("R1.np")).value).toBe(Number(prev["R1.np"]));
  });

  test("a workbook of several units: one sheet each, each read back as its unit", async () => {
    const s = sample("gov-disclosure-2021");
    const cycle = listCycles(opened.db).find((c) => c.year === s.year)!;
    const tree = buildTree(getRoster(opened.db, cycle.id));
    const leaves = [...tree.nodes.values()].filter((n) => isLeaf(tree, n.orgId)).slice(0, 3).map((n) => n.code);
    const sheets = loadUnitTemplates(opened.db, s.year, leaves).map((r) => (r.ok ? r.sheet : null)).filter((x): x is TemplateSheetInput => !!x);
    const tables = await readTemplateWorkbook(new Uint8Array(await templateWorkbook(sheets)), "多单位.xlsx");
    expect(tables.map((t) => t.orgCode)).toEqual(leaves);
    expect(tables.every((t) => t.problems.length === 0)).toBe(true);
  });
});

describe("malformed files, each with its own message", () => {
  const refused = async (bytes: Uint8Array, message: RegExp) => {
    const err = await readTemplateWorkbook(bytes, "上传.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).message).toMatch(message);
    expect((err as ImportFileError).file).toBe("上传.xlsx");
  };

  test("a renamed text file, an old .xls, an empty file and a file over 5 MB", async () => {
    await refused(new TextEncoder().encode("单位代码,数值\n150000-03,1\n"), /不是 Excel 文件/);
    await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /旧版 Excel 文件（\.xls）/);
    await refused(new Uint8Array(0), /空/);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await refused(big, /文件过大.*5 MB/);
  });

  test("a truncated download", async () => {
    const bytes = await blankTemplate(sample("gov-disclosure-2021"));
    await refused(bytes.subarray(0, Math.floor(bytes.length / 2)), /损坏或不完整/);
  });

  test("a zip bomb: declared too large, or lying about its size in the directory", async () => {
    const parts = { "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/workbook.xml": new Uint8Array(80 * 1024 * 1024) };
    const honest = zipSync(parts, { level: 9 });
    expect(honest.length).toBeLessThan(200 * 1024);
    await refused(honest, /压缩炸弹/);
    // The same data, its directory and local header claiming 1000 bytes: found while inflating.
    const lying = zipSync({ "[Content_Types].xml": parts["[Content_Types].xml"], "xl/workbook.xml": new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    const buf = Buffer.from(lying);
    for (let at = buf.indexOf("xl/workbook.xml"); at >= 0; at = buf.indexOf("xl/workbook.xml", at + 1)) {
      const central = buf.readUInt32LE(at - 46) === 0x02014b50;
      buf.writeUInt32LE(1000, central ? at - 46 + 24 : at - 30 + 22);
    }
    await refused(new Uint8Array(buf), /压缩炸弹/);
  });

  test("a zip that is no workbook", async () => {
    await refused(zipSync({ "readme.txt": new TextEncoder().encode("hello") }), /不是 Excel 工作簿/);
  });

  test("a workbook without any template sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "随便写的表";
    await refused(await save(wb), /没有找到填报表/);
  });

  describe("problems at their cells", () => {
    async function edited(edit: (ws: ExcelJS.Worksheet, at: (code: string) => string) => void) {
      const s = sample("gov-disclosure-2021");
      const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
      if (!loaded.ok) throw new Error(loaded.message);
      const wb = await load(new Uint8Array(await templateWorkbook([loaded.sheet])));
      const layout = sheetLayout(s.template);
      edit(wb.getWorksheet("填报表")!, layout.addressOf);
      const [table] = await readTemplateWorkbook(await save(wb), "改过的.xlsx");
      return { table: table!, at: layout.addressOf };
    }

    test("text in a value cell names the cell and its Excel address", async () => {
      const { table, at } = await edited((ws, at) => (ws.getCell(at("R1.np")).value = "约50"));
      expect(table.problems).toEqual([{ cell: "R1.np", address: `填报表!${at("R1.np")}`, message: `自然人·本年新收（填报表!${at("R1.np")}）填写的是文字“约50”，应填写数字` }]);
      expect(table.values["R1.np"]).toBeUndefined();
    });

    test("a formula in a value cell", async () => {
      const { table, at } = await edited((ws, at) => (ws.getCell(at("R1.np")).value = { formula: "50+6", result: 56 } as ExcelJS.CellFormulaValue));
      expect(table.problems).toHaveLength(1);
      expect(table.problems[0]).toMatchObject({ cell: "R1.np", address: `填报表!${at("R1.np")}` });
      expect(table.problems[0]!.message).toMatch(/是公式（=50\+6）.*不要使用公式/);
    });

    test("a sum typed over, or a stale cached result, differs from its parts", async () => {
      const { table, at } = await edited((ws, at) => {
        ws.getCell(at("R1.tot")).value = 999;
        ws.getCell(at("R3.7.np")).value = { formula: "SUM(1)", result: 1 } as ExcelJS.CellFormulaValue;
      });
      expect(table.problems.map((p) => p.cell)).toEqual(["R3.7.np", "R1.tot"]);
      expect(table.problems[1]!.message).toMatch(new RegExp(`^总计·本年新收（填报表!${at("R1.tot")}）为 999，但各项之和为 \\d+：合计单元格应等于其各项之和$`));
      expect(table.values["R1.tot"]).toBe("999");
    });

    test("a changed label or content outside the template: the layout is not understood", async () => {
      const { table } = await edited((ws) => {
        ws.getCell("A35").value = "一、本年新收（改过）";
        ws.getCell("Z200").value = 5;
      });
      expect(table.problems.map((p) => p.address)).toEqual(["填报表!A35", "填报表!Z200"]);
      expect(table.problems[0]!.message).toMatch(/^表格布局已被改动.*填报表!A35 处应为“一、本年新收政府信息公开申请数量”，实际为“一、本年新收（改过）”/);
    });

    test("another unit's or year's file reports its own unit and year; a sheet copied into another workbook is still known", async () => {
      const s = sample("gov-disclosure-2021");
      const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
      if (!loaded.ok) throw new Error(loaded.message);
      const wb = await load(new Uint8Array(await templateWorkbook([loaded.sheet])));
      wb.removeWorksheet(wb.getWorksheet(INDEX_SHEET)!.id);
      wb.getWorksheet("填报表")!.name = "我的表";
      const [table] = await readTemplateWorkbook(await save(wb), "副本.xlsx");
      expect(table).toMatchObject({ year: s.year, orgCode: s.orgCode, templateId: "gov-disclosure-2021", problems: [] });
      expect(table!.addresses["R1.np"]).toMatch(/^我的表!/);
    });
  });
});

describe.skipIf(SKIP_OFFICE)("in LibreOffice (formulas recalculated on load)", () => {
  /** The unit's template, optionally with one figure changed by exceljs (cached sums and 校验 results left stale). */
  async function templateOf(id: string, change?: { code: string; by: bigint }): Promise<{ bytes: Uint8Array; s: Sample }> {
    const s = sample(id);
    const loaded = loadUnitTemplate(opened.db, s.year, s.orgCode);
    if (!loaded.ok) throw new Error(loaded.message);
    const bytes = new Uint8Array(await templateWorkbook([loaded.sheet]));
    if (!change) return { bytes, s };
    const wb = await load(bytes);
    const c = s.template.cell(change.code)!;
    wb.getWorksheet("填报表")!.getCell(sheetLayout(s.template).addressOf(change.code)).value = Number(formatScaled(s.values[change.code]! + change.by, c.scale));
    return { bytes: await save(wb), s };
  }
  const squeezed = (text: string) => text.replace(/\s+/g, "");

  test.each([
    { id: "gov-disclosure-2021", figure: "R3.7.tot", row: "（七）总计" },
    { id: "gov-disclosure-2018", figure: "C3", row: "（三）申请答复数" },
  ])("$id: a valid sheet shows its figures and every 校验 cell reads 通过", async ({ id, figure, row }) => {
    const { bytes, s } = await templateOf(id);
    const { text, size } = renderedText(bytes, "valid.xlsx");
    expect(size).toMatch(/A4/);
    expect(text).toContain(s.template.name);
    expect(text).toContain(s.orgCode);
    const line = text.split("\n").find((l) => l.includes(row))!;
    expect(line).toContain(String(s.values[figure]));
    expect(line).toContain("通过");
    expect(text).not.toContain("不通过");
  });

  test.each([
    { id: "gov-disclosure-2021", code: "R4.np", rule: "不通过：本年新收加上年结转等于办理结果总计加结转下年度" },
    { id: "gov-disclosure-2018", code: "B2.1a", rule: "不通过：主要负责同志参加的发布会不多于发布会总次数" },
  ])("$id: a figure broken with exceljs makes its 校验 cell name the rule", async ({ id, code, rule }) => {
    const { bytes } = await templateOf(id, { code, by: 1000n });
    const { text } = renderedText(bytes, "broken.xlsx");
    // A long rule name wraps in its cell: the first characters are on one line.
    expect(text).toContain(rule.slice(0, 8));
    expect(squeezed(text)).toContain("不通过：");
  });

  test("the 2021 template rendered to PNG (test-results/template-xlsx/) to look at", async () => {
    const { bytes } = await templateOf("gov-disclosure-2021");
    const pngs = renderedPngs(bytes, "template-2021.xlsx", path.resolve("test-results/template-xlsx"), "template-2021", 60);
    expect(pngs.length).toBeGreaterThanOrEqual(4);
  });
});
