/**
 * 规章制定权 (organisations.rule_making) is set by the office: the admin command (audited, 系统管理员
 * only), and orgs:import's optional rule_making column (the old four-column file keeps it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { harness } from "../review/harness";
import { runCli } from "../cli/run-cli";

vi.mock("server-only", () => ({}));

const { runCommand } = await import("@/server/kernel/command");
const { setOrganisationRuleMaking } = await import("@/server/orgs/set-rule-making");
const { getOrganisationByCode } = await import("@/db/queries/orgs");

const h = harness({ year: 2036 });
const admin = h.user("rm-admin", "郑管理", "R", "sysadmin");
const filler = h.user("rm-filler", "王填报", "L1", "filler");
const set = (user: typeof admin, code: string, ruleMaking: unknown) => runCommand(setOrganisationRuleMaking, { code, ruleMaking }, { user, db: h.db, now: 1_900_000_000_000, ip: "10.0.0.9" });
const ruleMaking = (code: string) => getOrganisationByCode(h.db, code)!.ruleMaking;
const audits = () => h.sqlite.prepare("select username, target_id, detail_json from audit_log where action = 'org.rule_making' order by id").all() as { username: string; target_id: string; detail_json: string }[];

describe("org.rule_making", () => {
  it("the 系统管理员 sets and clears it, each change audited with before and after", async () => {
    expect(ruleMaking("L1")).toBe(false);
    expect(await set(admin, "L1", true)).toMatchObject({ ok: true, data: { code: "L1", ruleMaking: true } });
    expect(ruleMaking("L1")).toBe(true);
    expect(await set(admin, "L1", false)).toMatchObject({ ok: true });
    expect(ruleMaking("L1")).toBe(false);
    const rows = audits();
    expect(rows.map((r) => [r.username, r.target_id])).toEqual([["rm-admin", "L1"], ["rm-admin", "L1"]]);
    expect(JSON.parse(rows[0]!.detail_json)).toMatchObject({ before: { rule_making: false }, after: { rule_making: true } });
  });

  it.each([
    { label: "a business role", who: () => filler, code: "R", value: true, status: 403 },
    { label: "an unknown unit", who: () => admin, code: "NOPE", value: true, status: 404 },
    { label: "not a boolean", who: () => admin, code: "R", value: "1", status: 422 },
    { label: "no change", who: () => admin, code: "D1", value: false, status: 422 },
  ])("refuses $label, writing nothing", async ({ who, code, value, status }) => {
    const before = audits().length;
    expect(await set(who(), code, value)).toMatchObject({ ok: false, status });
    expect(audits().length).toBe(before);
  });
});

describe("orgs:import's rule_making column", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-rule-making-"));
  const db = path.join(tmp, "orgs.db");
  const write = (name: string, text: string) => fs.writeFileSync(path.join(tmp, name), text);

  it("sets it from 1/0, keeps it where blank or with the old header, refuses a bad value", async () => {
    const { openDb } = await import("@/db/client");
    const read = () => {
      const o = openDb(db);
      try {
        return Object.fromEntries((o.sqlite.prepare("select code, rule_making from organisations order by code").all() as { code: string; rule_making: number }[]).map((r) => [r.code, r.rule_making]));
      } finally {
        o.sqlite.close();
      }
    };
    write("with.csv", "code,name,parent_code,kind,rule_making\n150000,内蒙古自治区,,region,1\n150200,包头市,150000,league_city,1\n152200,兴安盟,150000,league_city,0\n150100,呼和浩特市,150000,league_city,\n");
    expect(runCli(db, ["orgs:import", "with.csv"], tmp).code).toBe(0);
    expect(read()).toEqual({ "150000": 1, "150100": 0, "150200": 1, "152200": 0 });

    write("old.csv", "code,name,parent_code,kind\n150000,内蒙古自治区,,region\n150200,包头市,150000,league_city\n");
    expect(runCli(db, ["orgs:import", "old.csv"], tmp).code).toBe(0);
    expect(read()).toMatchObject({ "150000": 1, "150200": 1 });

    write("blank.csv", "code,name,parent_code,kind,rule_making\n150200,包头市,150000,league_city,\n152200,兴安盟,150000,league_city,0\n");
    expect(runCli(db, ["orgs:import", "blank.csv"], tmp).code).toBe(0);
    expect(read()).toMatchObject({ "150200": 1, "152200": 0 });

    write("bad.csv", "code,name,parent_code,kind,rule_making\n150200,包头市,150000,league_city,2\n");
    const bad = runCli(db, ["orgs:import", "bad.csv"], tmp);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("规章制定权（rule_making）只能填 1 或 0，实际为“2”");
    expect(read()).toMatchObject({ "150200": 1 });
  });
});
