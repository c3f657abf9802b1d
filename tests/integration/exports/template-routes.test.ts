import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { INDEX_SHEET } from "@/lib/xlsx-layout";
import type { CurrentUser } from "@/server/kernel/caller";
import { readTemplateWorkbook } from "@/server/imports/xlsx/read-template-workbook";
import { runCli } from "../cli/run-cli";
import { routeWorld } from "./route-world";
import { session } from "../review/harness";

/** The template downloads on the seed's 2018 data, through the route handlers (session and address stubbed), and the CLI's contract. */
vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const { GET: templateRoute } = await import("@/app/api/stats/[year]/[orgCode]/template.xlsx/route");
const { GET: childrenRoute } = await import("@/app/api/stats/[year]/[orgCode]/children-template.xlsx/route");

const w = routeWorld("template-routes");
const { tmp, file } = w;
let reviewer: CurrentUser;
let filler: CurrentUser;

const get = (route: typeof templateRoute, year: string, orgCode: string) =>
  route(new Request(`http://localhost/api/stats/${year}/${orgCode}/template.xlsx`), { params: Promise.resolve({ year, orgCode }) });

beforeAll(() => {
  w.seed2018();
  w.open();
  reviewer = w.userAt("150000", "reviewer");
  filler = w.userAt("150000-01", "filler");
}, 120_000);

afterAll(() => w.close());

describe("GET /api/stats/{year}/{orgCode}/template.xlsx", () => {
  test("the unit's own 填报员 downloads its template: its figures, read back as its unit and year", async () => {
    session.user = filler;
    const res = await get(templateRoute, "2018", "150000-01");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("2018年度自治区人民政府办公厅统计表填报模板.xlsx")}`);
    const [table] = await readTemplateWorkbook(new Uint8Array(await res.arrayBuffer()), "下载.xlsx");
    expect(table).toMatchObject({ year: 2018, orgCode: "150000-01", templateId: "gov-disclosure-2018", problems: [] });
    expect(Object.keys(table!.values)).toHaveLength(58);
  });

  test("another unit's template: 403 (an unknown unit too); a compiling unit: 409; no session: 401", async () => {
    session.user = filler;
    expect((await get(templateRoute, "2018", "150000-02")).status).toBe(403);
    expect((await get(templateRoute, "2018", "no-such-unit")).status).toBe(403);
    session.user = reviewer;
    const compiling = await get(templateRoute, "2018", "150000");
    expect(compiling.status).toBe(409);
    expect(await compiling.json()).toEqual({ error: "内蒙古自治区是汇总单位，其数据由下级单位汇总得出，没有需要填写的 Excel 模板" });
    expect((await get(templateRoute, "2018", "150000-02")).status).toBe(200);
    session.user = null;
    expect((await get(templateRoute, "2018", "150000-01")).status).toBe(401);
  });
});

describe("GET /api/stats/{year}/{orgCode}/children-template.xlsx", () => {
  test("the reviewer gets one sheet per direct child it may upload for (leaf children only), each read back as its unit", async () => {
    session.user = reviewer;
    const res = await get(childrenRoute, "2018", "150000");
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheets = wb.worksheets.filter((w) => w.name !== INDEX_SHEET).map((w) => w.name);
    expect(sheets).toContain("自治区人民政府办公厅");
    expect(sheets).not.toContain("包头市");
    const tables = await readTemplateWorkbook(bytes, "下级.xlsx");
    expect(tables.map((t) => t.orgCode)).toContain("150000-01");
    expect(tables.filter((t) => t.problems.length > 0).map((t) => t.orgCode)).toEqual([]);
    expect(tables.map((t) => t.orgCode)).not.toContain("150200");
  });

  test("a 填报员 has no child to upload for: 403", async () => {
    session.user = filler;
    expect((await get(childrenRoute, "2018", "150000-01")).status).toBe(403);
  });
});

describe("CLI template:xlsx", () => {
  test("writes the unit's template (exit 0, message on stderr); refuses a compiling unit (1); usage errors (2)", async () => {
    const out = path.join(tmp, "cli.xlsx");
    const ok = runCli(file, ["template:xlsx", "--year", "2018", "--org", "150000-01", "--out", out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("");
    expect(ok.stderr).toMatch(/^已生成 .*cli\.xlsx：自治区人民政府办公厅（150000-01）2018 年度填报模板/);
    const [table] = await readTemplateWorkbook(new Uint8Array(fs.readFileSync(out)), "cli.xlsx");
    expect(table).toMatchObject({ year: 2018, orgCode: "150000-01", problems: [] });

    const refused = runCli(file, ["template:xlsx", "--year", "2018", "--org", "150000", "--out", path.join(tmp, "x.xlsx")]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("内蒙古自治区是汇总单位");
    expect(fs.existsSync(path.join(tmp, "x.xlsx"))).toBe(false);
    for (const args of [["--year", "2018", "--org", "150000-01"], ["--year", "18", "--org", "150000-01", "--out", "a.xlsx"], ["--year", "2018", "--org", "150000-01", "--out", "a.csv"]]) {
      expect(runCli(file, ["template:xlsx", ...args]).code).toBe(2);
    }
  }, 60_000);
});
