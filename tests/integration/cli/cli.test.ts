import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, test } from "vitest";
import { FIXTURES, runCli } from "./run-cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-cli-"));
const db = path.join(tmp, "cli.db");
const fixture = (name: string) => path.join(FIXTURES, name);
const expected2018 = JSON.parse(fs.readFileSync(fixture("totals-2018.json"), "utf8"));
const expected2017 = JSON.parse(fs.readFileSync(fixture("totals-2017.json"), "utf8"));

function ok(args: string[]) {
  const r = runCli(db, args);
  expect(r.stderr + r.stdout, `cli ${args.join(" ")}`).not.toMatch(/失败：/);
  expect(r.code).toBe(0);
  return r;
}

function writeTmp(name: string, text: string, encoding: "utf8" | "gb18030" = "utf8"): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, encoding === "utf8" ? text : iconv.encode(text, "gb18030"));
  return file;
}

describe("admin CLI on the demo data", () => {
  beforeAll(() => {
    ok(["orgs:import", fixture("orgs.csv")]);
    for (const year of [2017, 2018]) {
      ok(["cycle:create", "--year", String(year), "--template", "gov-disclosure-2018"]);
      ok(["submissions:import", "--year", String(year), "--status", "approved", fixture(`submissions-${year}.csv`)]);
    }
    // Five CLI processes (each starts tsx): well over vitest's 10 s default on a busy 2-core machine.
  }, 120_000);

  test("totals of the region equal the seed's 附表, all 58 cells in template order", () => {
    const r = ok(["totals", "--year", "2018", "--org", "150000"]);
    const got = JSON.parse(r.stdout);
    expect(Object.keys(got)).toHaveLength(58);
    expect(Object.keys(got)).toEqual(Object.keys(expected2018));
    expect(got).toEqual(expected2018);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  test("2017 totals equal totals-2017.json", () => {
    expect(JSON.parse(ok(["totals", "--year", "2017", "--org", "150000"]).stdout)).toEqual(expected2017);
  });

  test("csv format is the submissions layout with one row", () => {
    const r = ok(["totals", "--year", "2018", "--org", "150000", "--format", "csv"]);
    const [header, row, ...rest] = r.stdout.trim().split("\n");
    expect(rest).toEqual([]);
    expect(header).toBe(fs.readFileSync(fixture("submissions-2018.csv"), "utf8").split("\n")[0]!.trim());
    expect(row!.split(",").slice(0, 3)).toEqual(["150000", "4223174", "1314"]);
    expect(row).toContain(",745.45,");
  });

  test("a compiling 盟市 (包头市) totals its 旗县 only", () => {
    const got = JSON.parse(ok(["totals", "--year", "2018", "--org", "150200"]).stdout);
    const rows = fs.readFileSync(fixture("submissions-2018.csv"), "utf8").trim().split("\n").map((l) => l.split(","));
    const header = rows[0]!;
    const counties = rows.filter((r) => r[0]!.startsWith("1502") && r[0] !== "150200");
    expect(counties).toHaveLength(9);
    const a1 = header.indexOf("A1");
    expect(got.A1).toBe(counties.reduce((s, r) => s + Number(r[a1]), 0));
  });

  test("--status submitted also counts submitted data; approved does not", () => {
    const file = writeTmp("one.csv", fs.readFileSync(fixture("submissions-2018.csv"), "utf8").split("\n").slice(0, 2).join("\n"));
    ok(["cycle:create", "--year", "2019", "--template", "gov-disclosure-2018"]);
    ok(["submissions:import", "--year", "2019", file]);
    const approved = JSON.parse(ok(["totals", "--year", "2019", "--org", "150000"]).stdout);
    const submitted = JSON.parse(ok(["totals", "--year", "2019", "--org", "150000", "--status", "submitted"]).stdout);
    expect(approved.A1).toBeNull();
    expect(submitted.A1).toBe(284088);
  });

  test.each([
    { label: "unknown command", args: ["nope"], code: 2 },
    { label: "missing --year", args: ["totals", "--org", "150000"], code: 2 },
    { label: "unknown option", args: ["totals", "--year", "2018", "--org", "150000", "--colour"], code: 2 },
    { label: "bad --format", args: ["totals", "--year", "2018", "--org", "150000", "--format", "xml"], code: 2 },
    { label: "unknown template", args: ["cycle:create", "--year", "2030", "--template", "nope"], code: 2 },
    { label: "year exists", args: ["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"], code: 1 },
    { label: "no such cycle", args: ["totals", "--year", "2001", "--org", "150000"], code: 1 },
    { label: "no such unit", args: ["totals", "--year", "2018", "--org", "999999"], code: 1 },
    { label: "import into a missing cycle", args: ["submissions:import", "--year", "2001", fixture("submissions-2018.csv")], code: 1 },
    { label: "missing file", args: ["orgs:import", "/nonexistent.csv"], code: 1 },
  ])("$label → exit $code, nothing on stdout", ({ args, code }) => {
    const r = runCli(db, args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  test("the audit chain of everything the CLI did verifies", () => {
    const r = ok(["audit:verify"]);
    expect(r.stdout).toMatch(/^OK: \d+ 条审计记录，链完整（最后一条 #\d+）\n$/);
  });

  test("--help prints usage and exits 0", () => {
    const r = runCli(db, ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("submissions:import");
  });

  test("an import with any bad row writes nothing and lists every problem", () => {
    const lines = fs.readFileSync(fixture("submissions-2018.csv"), "utf8").trim().split("\n");
    const header = lines[0]!.split(",");
    const c1 = header.indexOf("C1");
    const bad1 = lines[1]!.split(",");
    bad1[c1] = String(Number(bad1[c1]) + 2);
    const bad2 = lines[2]!.split(",");
    bad2[header.indexOf("A1")] = "12x";
    const good = lines[3]!.split(",");
    good[header.indexOf("A1")] = "1";
    const file = writeTmp("bad.csv", [lines[0], bad1.join(","), bad2.join(","), good.join(","), "999,1"].join("\n"));
    const before = ok(["totals", "--year", "2018", "--org", "150000"]).stdout;
    const r = runCli(db, ["submissions:import", "--year", "2018", "--status", "approved", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`单位 ${bad1[0]} 单元格 C1 收到申请数（C1）为${bad1[c1]}，但当面、传真、网络、信函申请数之和为${Number(bad1[c1]) - 2}，相差2。`);
    expect(r.stderr).toMatch(new RegExp(`单位 ${bad2[0]} 单元格 A1 .*不是有效的数字`));
    expect(r.stderr).toContain("第5行");
    expect(ok(["totals", "--year", "2018", "--org", "150000"]).stdout).toBe(before);
  });

  test("re-importing an approved unit needs --status approved", () => {
    const lines = fs.readFileSync(fixture("submissions-2018.csv"), "utf8").trim().split("\n");
    const file = writeTmp("again.csv", lines.slice(0, 2).join("\n"));
    const refused = runCli(db, ["submissions:import", "--year", "2018", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("已审核通过");
    ok(["submissions:import", "--year", "2018", "--status", "approved", file]);
    expect(JSON.parse(ok(["totals", "--year", "2018", "--org", "150000"]).stdout)).toEqual(expected2018);
  });

  test("GB18030 organisation files with relative paths are read; re-import renames by code", () => {
    const sub = path.join(tmp, "sub");
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, "rename.csv"), iconv.encode("code,name,parent_code,kind\n150000-36,自治区体育局（新名称）,150000,department\n", "gb18030"));
    const r = runCli(db, ["orgs:import", "rename.csv"], sub);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("更新 1 个");
  });

  test("db:backup writes a copy that holds the same data", () => {
    const dest = path.join(tmp, "backup.db");
    ok(["db:backup", dest]);
    expect(fs.existsSync(dest)).toBe(true);
    const fromBackup = runCli(dest, ["totals", "--year", "2018", "--org", "150000"]);
    expect(JSON.parse(fromBackup.stdout)).toEqual(expected2018);
    expect(runCli(db, ["db:backup", dest]).code).toBe(1);
  });
});
