import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { parseCsvBytes } from "@/lib/import";
import { formatScaled } from "@/lib/values";
import { runCli } from "./run-cli";
import { publishedPage } from "../../unit/import/published-page";

/*
 * Issue 15 item 5: `submissions:import --year Y [--status …] FILE…` takes one or more files of one
 * kind, by extension — .csv as before, .xlsx, or .html with --org (a published report's page,
 * stored as the unit's approved history) — all or nothing across them; exit 0 ok, 1 refused,
 * 2 usage.
 */
const ROOT = path.resolve(__dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-import-files-"));
const db = path.join(tmp, "import.db");
const cli = (args: string[]) => runCli(db, args, tmp);

function fixture(file: string, code: string): Record<string, string> {
  const [header, ...rows] = parseCsvBytes(fs.readFileSync(path.join(ROOT, file)));
  const row = rows.find((r) => r[0] === code)!;
  return Object.fromEntries(header!.slice(1).map((h, i) => [h, row[i + 1]!]).filter(([, v]) => v !== ""));
}

const T2018 = getTemplate("gov-disclosure-2018");
const T2021 = getTemplate("gov-disclosure-2021");
const official = (t: typeof T2021, v: Record<string, string>) => Object.fromEntries(Object.entries(v).filter(([c]) => t.cell(c)!.official));
const V2018 = official(T2018, fixture("tests/fixtures/imar-2018/submissions-2018.csv", "150000-01"));
const V2024 = official(T2021, fixture("tests/fixtures/demo-2021/submissions-2024.csv", "150000-02"));

function page(name: string, t: typeof T2021, texts: Record<string, string>): string {
  fs.writeFileSync(path.join(tmp, name), publishedPage(t, texts));
  return name;
}

/** `totals` of one unit as the texts the file carried (cells not reported are null). */
function totals(year: number, org: string): Record<string, string | null> {
  const r = cli(["totals", "--year", String(year), "--org", org]);
  expect(r.code, r.stderr).toBe(0);
  const t = year === 2018 ? T2018 : T2021;
  return Object.fromEntries(Object.entries(JSON.parse(r.stdout) as Record<string, number | string | null>).map(([c, v]) => [c, v === null ? null : formatScaled(BigInt(String(v).replace(".", "")), typeof v === "string" ? t.cell(c)!.scale : 0)]));
}

beforeAll(() => {
  for (const [args, msg] of [
    [["orgs:import", path.join(ROOT, "tests/fixtures/imar-2018/orgs.csv")], "orgs"],
    [["orgs:import", path.join(ROOT, "tests/fixtures/demo-2021/orgs-2024.csv")], "orgs 2024"],
    [["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"], "2018"],
    [["cycle:create", "--year", "2024", "--template", "gov-disclosure-2021"], "2024"],
  ] as const) {
    const r = cli([...args]);
    expect(r.code, `${msg}: ${r.stderr}`).toBe(0);
  }
}, 120_000);

describe("usage errors: exit 2, nothing read", () => {
  test.each([
    { why: "an html page without --org", args: ["--year", "2024", "p.html"], message: "须用 --org 指定单位" },
    { why: "files of two kinds", args: ["--year", "2024", "--org", "150000-02", "p.html", "a.csv"], message: "一次只能导入同一类文件" },
    { why: "an unknown extension", args: ["--year", "2024", "a.pdf"], message: "不支持的文件类型：a.pdf" },
    { why: "an html page as anything but approved", args: ["--year", "2024", "--org", "150000-02", "--status", "draft", "p.html"], message: "--status 只能是 approved" },
  ])("$why", ({ args, message }) => {
    const r = cli(["submissions:import", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });
});

describe("a published report's page as the unit's approved history", () => {
  test("a page with '/' where the row's total is not 0 is refused (exit 1) with its place; nothing imported", () => {
    const broken = { ...V2024, "R1.np": "—" };
    const r = cli(["submissions:import", "--year", "2024", "--org", "150000-02", page("broken.html", T2021, broken)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.html：单位 150000-02 单元格 R1\.np（表格\d+ 第\d+行第\d+列）：.*无法确定其数值/);
    expect(Object.values(totals(2024, "150000-02")).every((v) => v === null)).toBe(true);
  });

  test.each([
    { year: 2018, org: "150000-01", t: T2018, values: V2018 },
    { year: 2024, org: "150000-02", t: T2021, values: V2024 },
  ])("$t.id: stored exactly as published (approved), the cells beyond the official table not reported", ({ year, org, t, values }) => {
    const r = cli(["submissions:import", "--year", String(year), "--org", org, page(`${org}.html`, t, values)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`已导入 ${year} 年度 1 个单位的数据（状态：approved）`);
    const got = totals(year, org);
    for (const c of t.cells) expect([c.code, got[c.code]]).toEqual([c.code, values[c.code] ?? (c.computed && c.official ? got[c.code] : null)]);
  });
});

describe(".csv as before", () => {
  test("several files are all or nothing: a bad second file leaves the first unimported", () => {
    const cols = T2018.cells.filter((c) => !c.computed).map((c) => c.code);
    const row = (code: string, v: Record<string, string>) => [code, ...cols.map((c) => v[c] ?? "0")].join(",");
    const header = ["org_code", ...cols].join(",");
    fs.writeFileSync(path.join(tmp, "a.csv"), `${header}\n${row("150000-03", {})}\n`);
    fs.writeFileSync(path.join(tmp, "b.csv"), `${header}\n${row("NOPE", {})}\n`);
    const r = cli(["submissions:import", "--year", "2018", "--status", "draft", "a.csv", "b.csv"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("NOPE");
    expect(Object.values(totals(2018, "150000-03")).every((v) => v === null)).toBe(true);
    const one = cli(["submissions:import", "--year", "2018", "--status", "draft", "a.csv"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe("已导入 2018 年度 1 个单位的数据（状态：draft）。\n");
  });
});
