import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import { FIXTURES } from "../cli/run-cli";
import { routeWorld } from "./route-world";
import { session } from "../review/harness";
import { SKIP_OFFICE, renderedText } from "./office";

/**
 * The table downloads of the seed region's 2018 data (loaded by the CLI, as an office does), through
 * the route handlers with only the session and the address stubbed.
 */
vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const { GET: xlsxRoute } = await import("@/app/api/stats/[year]/[orgCode]/table.xlsx/route");
const { GET: csvRoute } = await import("@/app/api/stats/[year]/[orgCode]/table.csv/route");

const w = routeWorld("table-export");
const expected2018: Record<string, number | string> = JSON.parse(fs.readFileSync(path.join(FIXTURES, "totals-2018.json"), "utf8"));
let cliCsv = "";
let cliCsvCity = "";

const cli = (args: string[]) => w.cli(args).stdout;

const get = (route: typeof csvRoute, year: string, orgCode: string, query = "") =>
  route(new Request(`http://localhost/api/stats/${year}/${orgCode}/table${query}`), { params: Promise.resolve({ year, orgCode }) });

let reviewer: CurrentUser;
let filler: CurrentUser;

beforeAll(() => {
  w.seed2018();
  cliCsv = cli(["totals", "--year", "2018", "--org", "150000", "--format", "csv"]);
  cliCsvCity = cli(["totals", "--year", "2018", "--org", "150200", "--format", "csv"]);
  w.open();
  reviewer = w.userAt("150000", "reviewer");
  filler = w.userAt("150000-01", "filler");
}, 60_000);

afterAll(() => w.close());

describe("GET /api/stats/{year}/{orgCode}/table.csv", () => {
  test("UTF-8 with a BOM, then exactly what `totals --format csv` prints (region and a compiling 盟市)", async () => {
    session.user = reviewer;
    const res = await get(csvRoute, "2018", "150000", ".csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="table-2018-150000.csv"; filename*=UTF-8''${encodeURIComponent("2018年度内蒙古自治区政府信息公开情况统计表.csv")}`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`\uFEFF${cliCsv}`);
    expect(cliCsv.split("\n")[1]!.split(",").slice(0, 3)).toEqual(["150000", String(expected2018.A1), String(expected2018.A1a)]);

    const city = await get(csvRoute, "2018", "150200", ".csv");
    // Response.text() decodes UTF-8 and drops the BOM.
    expect(await city.text()).toBe(cliCsvCity);
  });

  test("stats.read is required: a department's 填报员 reads its own table, not the region's (403, nothing revealed)", async () => {
    session.user = filler;
    const refused = await get(csvRoute, "2018", "150000", ".csv");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "您没有查看该单位统计数据的权限" });
    expect((await get(csvRoute, "2018", "no-such-unit", ".csv")).status).toBe(403);
    const own = await get(csvRoute, "2018", "150000-01", ".csv");
    expect(own.status).toBe(200);
    expect((await own.text()).split("\n")[1]).toMatch(/^150000-01,\d+,/);
  });

  test("no session: 401; an unknown year: 404; a bad ?status: 400", async () => {
    session.user = null;
    expect((await get(csvRoute, "2018", "150000", ".csv")).status).toBe(401);
    session.user = reviewer;
    const noCycle = await get(csvRoute, "2001", "150000", ".csv");
    expect(noCycle.status).toBe(404);
    expect(await noCycle.json()).toEqual({ error: "2001 年度的填报周期不存在" });
    const bad = await get(csvRoute, "2018", "150000", ".csv?status=draft");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "数据范围参数不正确，应为 approved 或 submitted" });
  });
});

describe("GET /api/stats/{year}/{orgCode}/table.xlsx", () => {
  test("the seed's 附表 in the official layout: title, unit, header, labels, units, numbers as numbers", async () => {
    session.user = reviewer;
    const res = await get(xlsxRoute, "2018", "150000", ".xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("2018年度内蒙古自治区政府信息公开情况统计表.xlsx")}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("政府信息公开工作年度报告统计表（2018年）");
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(expect.arrayContaining(["A1:C1", "A2:C2", "A3:C3"]));
    expect(ws.getCell("A2").value).toBe("填报单位：内蒙古自治区（150000）　年度：2018年度　数据：已审核通过的数据");
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(["统计指标", "单位", "统计数"]);

    // Every value cell: the label's row carries the seed's total as a number in the template's format.
    const byLabel = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => typeof row.getCell(1).value === "string" && byLabel.set(row.getCell(1).value as string, row));
    const a1 = byLabel.get("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）")!;
    expect(a1.getCell(2).value).toBe("条");
    expect(a1.getCell(3).value).toBe(4223174);
    expect(a1.getCell(3).numFmt).toBe("0");
    // Labels indented by their level, as the printed table.
    expect(a1.getCell(1).alignment.indent).toBe(1);
    expect(byLabel.get("其中：主动公开规范性文件数")!.getCell(1).alignment.indent).toBe(2);
    expect(byLabel.get("一、主动公开情况")!.getCell(1).alignment.indent ?? 0).toBe(0);
    const numbers: Record<string, number> = {};
    ws.eachRow((row) => {
      const v = row.getCell(3).value;
      if (typeof v === "number") numbers[String(row.number)] = v;
    });
    // 58 cells, every one of them a number equal to the fixture's total.
    expect(Object.keys(numbers)).toHaveLength(Object.keys(expected2018).length);
    expect(Object.values(numbers).sort((a, b) => a - b)).toEqual(Object.values(expected2018).map(Number).sort((a, b) => a - b));
    const amounts = [...byLabel.values()].filter((r) => r.getCell(2).value === "万元");
    expect(amounts.map((r) => [r.getCell(3).value, r.getCell(3).numFmt])).toEqual([
      [Number(expected2018.G), "0.00"],
      [Number(expected2018.H4), "0.00"],
    ]);
  });

  test("a reader without stats.read on the node: 403", async () => {
    session.user = filler;
    expect((await get(xlsxRoute, "2018", "150200", ".xlsx")).status).toBe(403);
  });

  test.skipIf(SKIP_OFFICE)("LibreOffice opens it and prints the seed's figures in full, amounts with their decimals", async () => {
    session.user = reviewer;
    const res = await get(xlsxRoute, "2018", "150000", ".xlsx");
    const { text, pages } = renderedText(new Uint8Array(await res.arrayBuffer()), "table.xlsx");
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain("政府信息公开工作年度报告统计表（2018年）");
    expect(text).toMatch(/主动公开政府信息数（不同渠道和方式公开相同信息计1条）\s+条\s+4223174/);
    expect(text).toMatch(/\b745\.45\b/);
    expect(text).not.toMatch(/4,223,174/);
  }, 200_000);
});
