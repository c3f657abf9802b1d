import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { FIXTURES, runCli } from "./run-cli";

/*
 * Multi-level totals through the CLI (decision 011): the region's approved totals count 包头市's
 * 旗县区 only once 包头市's compiled result is approved; `submissions:import --status approved`
 * approves the compiled results it completes; `workflow:step` moves one unit by the app's rules.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-compiled-"));
const db = path.join(tmp, "compiled.db");
const lines = fs.readFileSync(path.join(FIXTURES, "submissions-2018.csv"), "utf8").trim().split(/\r?\n/);
const COUNTIES = ["150202", "150203", "150204", "150205", "150206", "150207", "150221", "150222", "150223"];

function ok(args: string[]) {
  const r = runCli(db, args);
  expect(r.code, `cli ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r;
}

function csv(name: string, codes: string[]): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, [lines[0], ...lines.filter((l) => codes.includes(l.split(",")[0]!))].join("\n") + "\n");
  return file;
}

const totals = (year: number, org: string, status = "approved") => JSON.parse(ok(["totals", "--year", String(year), "--org", org, "--status", status]).stdout) as Record<string, number | null>;

describe("compiled results and the region's totals", () => {
  beforeAll(() => {
    ok(["orgs:import", path.join(FIXTURES, "orgs.csv")]);
    ok(["cycle:create", "--year", "2040", "--template", "gov-disclosure-2018", "--label", "2040年度（测试周期）", "--deadline", "county.submit=2041-01-31"]);
  });

  test("a 盟市's approved 旗县 reach the region only once its compiled result is approved", () => {
    ok(["submissions:import", "--year", "2040", "--status", "submitted", csv("counties.csv", COUNTIES)]);
    for (const code of COUNTIES.slice(1)) ok(["workflow:step", "--year", "2040", "--org", code, "--step", "approve"]);
    // One 旗县 still only 已报送: 包头市 cannot compile yet.
    const early = runCli(db, ["workflow:step", "--year", "2040", "--org", "150200", "--step", "ready"]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("下级单位尚未全部审核通过（东河区）");
    ok(["workflow:step", "--year", "2040", "--org", COUNTIES[0]!, "--step", "approve"]);
    const league = totals(2040, "150200");
    expect(league.A1).toBeGreaterThan(0);
    expect(Object.values(totals(2040, "150000")).every((v) => v === null)).toBe(true);

    // 待签发 compiles (the warning of the compiled values needs no explanation here: refused first).
    const ready = runCli(db, ["workflow:step", "--year", "2040", "--org", "150200", "--step", "ready"]);
    expect(ready.code).toBe(1);
    expect(ready.stderr).toContain("提示尚未说明");
  });

  test("a 签发 needs the signer's name, a return a comment, a cell comment a real cell", () => {
    const row = csv("one.csv", ["150000-01"]);
    ok(["submissions:import", "--year", "2040", "--status", "draft", "--explanation", "口径调整", row]);
    ok(["workflow:step", "--year", "2040", "--org", "150000-01", "--step", "ready"]);
    const unsigned = runCli(db, ["workflow:step", "--year", "2040", "--org", "150000-01", "--step", "signoff"]);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stderr).toContain("签发须记录签发人姓名");
    ok(["workflow:step", "--year", "2040", "--org", "150000-01", "--step", "signoff", "--signer", "测试负责人"]);
    const bare = runCli(db, ["workflow:step", "--year", "2040", "--org", "150000-01", "--step", "return"]);
    expect(bare.code).toBe(1);
    ok(["workflow:step", "--year", "2040", "--org", "150000-01", "--step", "return", "--comment", "请核实", "--cell-comment", "C1=请核对"]);
    const bad = runCli(db, ["workflow:step", "--year", "2040", "--org", "150000-01", "--step", "return", "--cell-comment", "NOPE=x"]);
    expect(bad.code).toBe(2);
  });

  test("an approved import approves the compiled results it completes, so the region counts everything", () => {
    ok(["cycle:create", "--year", "2041", "--template", "gov-disclosure-2018"]);
    const r = ok(["submissions:import", "--year", "2041", "--status", "approved", path.join(FIXTURES, "submissions-2018.csv")]);
    expect(r.stderr).toContain("汇总结果已记为已通过：包头市");
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, "totals-2018.json"), "utf8"));
    expect(totals(2041, "150000")).toEqual(expected);
    // Importing again changes nothing of the compiled result (same values): no new version.
    const again = ok(["submissions:import", "--year", "2041", "--status", "approved", csv("baotou.csv", COUNTIES)]);
    expect(again.stderr).not.toContain("汇总结果已记为已通过");
  });

  test("cycle:create refuses a malformed deadline with a usage error", () => {
    const r = runCli(db, ["cycle:create", "--year", "2042", "--template", "gov-disclosure-2018", "--deadline", "city.submit=2020-01-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--deadline 应为");
  });

  test("cycle:create refuses a deadline inside the reporting year as the web page does (the app's schema)", () => {
    const r = runCli(db, ["cycle:create", "--year", "2042", "--template", "gov-disclosure-2018", "--deadline", "county.submit=2042-12-31"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("期限须在 2043-01-01 或之后（2042 年度结束之后）");
    expect(runCli(db, ["totals", "--year", "2042", "--org", "150000"]).code).toBe(1);
  });
});
