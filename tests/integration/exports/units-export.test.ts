import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import { FIXTURES, runCli } from "../cli/run-cli";
import { routeWorld } from "./route-world";
import { session } from "../review/harness";
import { SKIP_OFFICE, renderedPngs, renderedText } from "./office";

/**
 * units.xlsx (every unit at and below a node, one row each) through its route, and the CLI's
 * `export` for each format, on the seed region's 2018 data loaded by the CLI as an office does.
 */
vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const { GET: unitsRoute } = await import("@/app/api/stats/[year]/[orgCode]/units.xlsx/route");

const w = routeWorld("units-export");
const { tmp, file } = w;
const seedRows = fs.readFileSync(path.join(FIXTURES, "submissions-2018.csv"), "utf8").trim().split(/\r?\n/).map((l) => l.split(","));
const [seedHeader, ...seedUnits] = seedRows as [string[], ...string[][]];
const expected2018: Record<string, number | string> = JSON.parse(fs.readFileSync(path.join(FIXTURES, "totals-2018.json"), "utf8"));
let reviewer: CurrentUser;
let filler: CurrentUser;

const cli = (args: string[]) => w.cli(args);

const get = (year: string, orgCode: string, query = "") =>
  unitsRoute(new Request(`http://localhost/api/stats/${year}/${orgCode}/units.xlsx${query}`), { params: Promise.resolve({ year, orgCode }) });

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

beforeAll(() => {
  w.seed2018();
  w.open();
  reviewer = w.userAt("150000", "reviewer");
  filler = w.userAt("150000-01", "filler");
}, 60_000);

afterAll(() => w.close());

describe("GET /api/stats/{year}/{orgCode}/units.xlsx", () => {
  test("two frozen header rows (codes, then names), one row per unit, each typed unit's row its stored values as numbers", async () => {
    session.user = reviewer;
    const res = await get("2018", "150000");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("2018年度内蒙古自治区及所属单位统计数据.xlsx")}`);
    const ws = await sheetOf(res);
    expect(ws.getCell("A1").value).toBe("2018年度内蒙古自治区及所属单位政府信息公开情况统计数据（已审核通过的数据）");
    expect((ws.getRow(2).values as unknown[]).slice(1, 10)).toEqual(["单位代码", "单位名称", "上级单位代码", "层级", "单位类型", "状态", "数据", "A1", "A1a"]);
    expect(ws.getCell("H3").value).toBe("主动公开政府信息数（条）");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    // Pages to the right and below have no title row: the header names the table, the footer the page.
    expect(ws.headerFooter).toMatchObject({ oddHeader: "&C2018年度内蒙古自治区及所属单位政府信息公开情况统计数据（已审核通过的数据）", oddFooter: "&C第 &P 页，共 &N 页" });

    const cellCodes = (ws.getRow(2).values as unknown[]).slice(8) as string[];
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => row.number > 3 && rows.set(String(row.getCell(1).value), row));
    // The region first (level 1, the sum below it; at the top it sends no compiled result anywhere:
    // 未填报), then every unit of the roster below it.
    expect((ws.getRow(4).values as unknown[]).slice(1, 8)).toEqual(["150000", "内蒙古自治区", "", 1, "自治区/省", "未填报", "下级汇总"]);
    expect((ws.getRow(5).values as unknown[]).slice(1, 8)).toEqual(["150000-01", "自治区人民政府办公厅", "150000", 2, "区直部门", "已通过", "本单位填报"]);
    expect(ws.getRow(4).getCell(8).value).toBe(Number(expected2018.A1));
    for (const unit of seedUnits) {
      const row = rows.get(unit[0]!);
      expect(row, unit[0]).toBeDefined();
      expect(row!.getCell(6).value).toBe("已通过");
      expect(row!.getCell(7).value).toBe("本单位填报");
      const seeded = Object.fromEntries(seedHeader.slice(1).map((code, i) => [code, Number(unit[i + 1])]));
      const printed = Object.fromEntries(cellCodes.flatMap((code, i) => (code in seeded ? [[code, row!.getCell(8 + i).value] as const] : [])));
      expect(printed).toEqual(seeded);
    }
    // Amounts carry their decimals as the cell's format.
    const g = cellCodes.indexOf("G");
    expect(ws.getRow(4).getCell(8 + g).numFmt).toBe("0.00");
    expect(ws.getRow(4).getCell(8 + g).value).toBe(Number(expected2018.G));
  });

  test("the typed units' rows add up to the node's compiled table, cell by cell", async () => {
    session.user = reviewer;
    const ws = await sheetOf(await get("2018", "150200"));
    const cellCodes = (ws.getRow(2).values as unknown[]).slice(8) as string[];
    const typed: ExcelJS.Row[] = [];
    ws.eachRow((row) => row.number > 4 && row.getCell(7).value === "本单位填报" && typed.push(row));
    expect(typed.length).toBeGreaterThan(1);
    const a1 = cellCodes.indexOf("A1");
    const sum = typed.reduce((s, r) => s + (r.getCell(8 + a1).value as number), 0);
    expect(ws.getRow(4).getCell(8 + a1).value).toBe(sum);
    expect(ws.getRow(4).getCell(1).value).toBe("150200");
  });

  test("stats.read on the node: a department's 填报员 is refused the region (403), a stranger's unknown code too; a bad ?status is 400", async () => {
    session.user = filler;
    expect((await get("2018", "150000")).status).toBe(403);
    expect((await get("2018", "no-such-unit")).status).toBe(403);
    const own = await sheetOf(await get("2018", "150000-01"));
    expect(own.getCell("A4").value).toBe("150000-01");
    expect(own.getRow(5).getCell(1).value).toBeNull();
    session.user = reviewer;
    expect((await get("2018", "150000", "?status=draft")).status).toBe(400);
    session.user = null;
    expect((await get("2018", "150000")).status).toBe(401);
  });

  test.skipIf(SKIP_OFFICE)("LibreOffice opens it and prints the units' figures (rendered to PNG under test-results/exports)", async () => {
    session.user = reviewer;
    const bytes = new Uint8Array(await (await get("2018", "150200")).arrayBuffer());
    const { text } = renderedText(bytes, "units.xlsx");
    expect(text).toContain("单位代码");
    const unit = seedUnits.find((u) => /^1502\d\d$/.test(u[0]!))!;
    expect(text).toContain(unit[0]!);
    expect(text).toMatch(new RegExp(`\\b${unit[1]}\\b`));
    const pngs = renderedPngs(bytes, "units.xlsx", path.resolve("test-results/exports"), "units-150200");
    expect(pngs.length).toBeGreaterThanOrEqual(1);
  }, 200_000);
});

describe("CLI export --format xlsx|csv|docx|units-xlsx", () => {
  test("writes each format: the same files the routes send; messages on stderr", () => {
    const csv = path.join(tmp, "t.csv");
    const r = cli(["export", "--year", "2018", "--org", "150000", "--format", "csv", "--out", csv]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`已生成 ${csv}`);
    const totals = cli(["totals", "--year", "2018", "--org", "150000", "--format", "csv"]).stdout;
    expect(fs.readFileSync(csv, "utf8")).toBe(`\uFEFF${totals}`);
    for (const [format, name, magic] of [
      ["xlsx", "t.xlsx", "PK"],
      ["units-xlsx", "u.xlsx", "PK"],
    ] as const) {
      const out = path.join(tmp, name);
      cli(["export", "--year", "2018", "--org", "150200", "--format", format, "--out", out]);
      expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe(magic);
    }
  }, 60_000);

  test("docx: the node's report as `report` builds it (a Word file naming the unit)", async () => {
    const out = path.join(tmp, "r.docx");
    const r = cli(["export", "--year", "2018", "--org", "150000", "--format", "docx", "--out", out]);
    expect(r.stderr).toContain("内蒙古自治区2018年政府信息公开工作年度报告");
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(new Uint8Array(fs.readFileSync(out)));
    expect(strFromU8(files["word/document.xml"]!)).toContain("内蒙古自治区");
  }, 60_000);

  test("exit 2 on usage (format, extension, --coverage outside docx, missing options), 1 when refused (unknown unit or year)", () => {
    const code = (args: string[]) => runCli(file, ["export", ...args]);
    const base = ["--year", "2018", "--org", "150000"];
    expect(code([...base, "--format", "pdf", "--out", "x.pdf"]).code).toBe(2);
    expect(code([...base, "--format", "csv", "--out", "x.xlsx"]).code).toBe(2);
    expect(code([...base, "--format", "xlsx", "--out", "x.xlsx", "--coverage", "own"]).code).toBe(2);
    expect(code([...base, "--out", "x.xlsx"]).code).toBe(2);
    expect(code(["--year", "2018", "--format", "csv", "--out", "x.csv"]).code).toBe(2);
    const unknown = code(["--year", "2018", "--org", "NOPE", "--format", "csv", "--out", path.join(tmp, "n.csv")]);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toContain("单位代码 NOPE 不在 2018 年度的单位名册中");
    expect(fs.existsSync(path.join(tmp, "n.csv"))).toBe(false);
    expect(code(["--year", "1999", "--org", "150000", "--format", "docx", "--out", path.join(tmp, "n.docx")]).code).toBe(1);
  }, 120_000);
});
