import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { FIXTURES, runCli } from "./run-cli";

/**
 * submissions:import lists every warning it recorded on stderr — unit code, cell codes, message —
 * the way it lists refusals, and each listed warning is stored with the import's explanation.
 */
describe("submissions:import lists the warnings it recorded", () => {
  test("the 2018 file: one line per recorded warning, as many as stored", () => {
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-warn-")), "w.db");
    expect(runCli(db, ["orgs:import", path.join(FIXTURES, "orgs.csv")]).code).toBe(0);
    expect(runCli(db, ["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"]).code).toBe(0);
    const r = runCli(db, ["submissions:import", "--year", "2018", "--status", "approved", "--explanation", "历史数据补录", path.join(FIXTURES, "submissions-2018.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const listed = r.stderr.split("\n").filter((l) => l.startsWith("  - 单位 "));
    const count = Number(/另有 (\d+) 条提示性问题，已记为“历史数据补录”/.exec(r.stderr)?.[1]);
    expect(listed.length).toBe(count);
    expect(count).toBeGreaterThan(10);
    for (const line of listed) expect(line).toMatch(/^ {2}- 单位 \d{6}(-\d{2})?( 单元格 [A-I][\d.]+[a-z]?(、[A-I][\d.]+[a-z]?)*)?：.+。$/);
    expect(listed).toContain(
      "  - 单位 150000-01 单元格 A2.1、A2.2、A2.3、A2.4、A2.5、A1：政府公报、政府网站、政务微博、政务微信、其他方式公开政府信息数之和为231491，但主动公开政府信息数（A1）为284088，少52597。",
    );
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare("select count(*) from warning_explanations where text = '历史数据补录'").pluck().get()).toBe(count);
    sqlite.close();
  });
});
