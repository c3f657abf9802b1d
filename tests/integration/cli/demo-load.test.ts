import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getTemplate, templateIds } from "@/lib/templates";
import { runCli } from "./run-cli";

/*
 * `templates`, `cycles` and `demo:load`: the JSON Lines contracts, and the demo that
 * tests/scripts/load-demo.sh (npm run demo, the e2e setup) loads through `demo:load`.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-demo-load-"));
const db = path.join(tmp, "demo.db");

function ok(args: string[], file = db) {
  const r = runCli(file, args);
  expect(r.stderr + r.stdout, `cli ${args.join(" ")}`).not.toMatch(/失败：/);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

const jsonLines = (stdout: string) => stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));

/** Reads the database file the CLI wrote (read-only). */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

let firstLoad: ReturnType<typeof runCli>;

beforeAll(() => {
  firstLoad = runCli(db, ["demo:load"]);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("templates", () => {
  test("--format json: one object per template, cells and official cells", () => {
    const r = ok(["templates", "--format", "json"]);
    expect(r.stdout.endsWith("\n")).toBe(true);
    const rows = jsonLines(r.stdout);
    expect(rows.map((t) => t.id)).toEqual(templateIds);
    for (const t of rows) {
      expect(Object.keys(t)).toEqual(["id", "name", "cells", "officialCells"]);
      const template = getTemplate(t.id);
      expect(t).toEqual({ id: t.id, name: template.name, cells: template.cells.length, officialCells: template.cells.filter((c) => c.official).length });
    }
    const t2021 = rows.find((t) => t.id === "gov-disclosure-2021")!;
    expect(t2021.officialCells).toBe(200);
    expect(t2021.cells).toBeGreaterThanOrEqual(203);
    const t2018 = rows.find((t) => t.id === "gov-disclosure-2018")!;
    expect(t2018.officialCells).toBe(t2018.cells);
  });

  test("text is the default: one line per template", () => {
    const lines = ok(["templates"]).stdout.trim().split("\n");
    expect(lines).toHaveLength(templateIds.length);
    expect(lines.find((l) => l.startsWith("gov-disclosure-2021"))).toContain("国家表式 200 个");
  });
});

describe("demo:load", () => {
  test("loads the demo into an empty database", () => {
    expect(firstLoad.stderr + firstLoad.stdout).not.toMatch(/失败：/);
    expect(firstLoad.code, firstLoad.stderr).toBe(0);
  });

  test("cycles --format json lists 2017, 2018 and the labelled 2024, 2025 and open 2026 demo cycles, oldest first", () => {
    const rows = jsonLines(ok(["cycles", "--format", "json"]).stdout);
    const roster = (year: number) =>
      query<{ n: number }>("select count(*) n from roster_entries r join cycles c on c.id = r.cycle_id where c.year = ?", year)[0]!.n;
    for (const row of rows) expect(Object.keys(row)).toEqual(["year", "template", "label", "units", "approved"]);
    expect(rows.map((c) => [c.year, c.template, c.label])).toEqual([
      [2017, "gov-disclosure-2018", null],
      [2018, "gov-disclosure-2018", null],
      [2024, "gov-disclosure-2021", "2024年度（演示数据）"],
      [2025, "gov-disclosure-2021", "2025年度（演示数据）"],
      [2026, "gov-disclosure-2021", "2026年度（演示数据）"],
    ]);
    for (const row of rows) expect(row.units).toBe(roster(row.year));
    // The 2018 rosters are unchanged; from 2024 呼和浩特市's 15 and 达尔罕茂明安联合旗's 10 units.
    expect(rows.map((r) => r.units)).toEqual([58, 58, 83, 83, 83]);
    // Every unit below the region approved (the leaves and the compiled results of 达茂旗, 包头市 and
    // 呼和浩特市); the region itself (the root) reports through its compiled report, no submission.
    expect(rows.slice(0, 4).map((r) => r.approved)).toEqual([57, 57, 82, 82]);
    // 2026: 包头市's 旗县区 (达茂旗 with its 10 units), 新城区, 自治区发展和改革委员会 and 乌海市.
    expect(rows[4].approved).toBe(9 + 10 + 3);
    const approvedIn = (year: number) =>
      query<{ n: number }>(
        "select count(*) n from submissions s join cycles c on c.id = s.cycle_id join roster_entries r on r.cycle_id = c.id and r.org_id = s.org_id where c.year = ? and s.status = 'approved'",
        year,
      )[0]!.n;
    for (const row of rows) expect(row.approved).toBe(approvedIn(row.year));
  });

  test("cycles text lists one readable line per cycle", () => {
    const lines = ok(["cycles"]).stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toContain("2026年度（演示数据）");
  });

  test("上年结转 is continuous: each unit's R2 is its R4 of the year before, every column", () => {
    const values = (year: number) =>
      new Map(
        query<{ key: string; v: string }>(
          "select o.code || ' ' || v.cell_code key, v.value v from cell_values v join submissions s on s.id = v.submission_id join organisations o on o.id = s.org_id join cycles c on c.id = s.cycle_id where c.year = ? and (v.cell_code like 'R2.%' or v.cell_code like 'R4.%')",
          year,
        ).map((r) => [r.key, String(r.v)]),
      );
    for (const year of [2025, 2026]) {
      const before = values(year - 1);
      const now = values(year);
      const carried = [...now.keys()].filter((k) => k.includes(" R2."));
      expect(carried.length).toBeGreaterThan(100);
      for (const key of carried) expect(now.get(key), `${year} ${key}`).toBe(before.get(key.replace(" R2.", " R4.")));
    }
  });

  test("the 2026 states, sign-offs, deadlines and comments are the demo's, dated by the 演示日期", () => {
    const states = new Map(
      query<{ code: string; status: string }>(
        "select o.code, s.status from submissions s join organisations o on o.id = s.org_id join cycles c on c.id = s.cycle_id where c.year = 2026",
      ).map((r) => [r.code, r.status]),
    );
    const expected: Record<string, string> = {
      "150000-01": "draft",
      "150000-02": "draft",
      "150100-02": "draft",
      "150000-04": "ready",
      "150100-01": "ready",
      "150000-06": "submitted",
      "150103": "submitted",
      "150600": "submitted",
      "150000-08": "returned",
      "150000-03": "approved",
      "150300": "approved",
      "150102": "approved",
    };
    const baotou = ["150202", "150203", "150204", "150205", "150206", "150207", "150221", "150222", "150223"];
    const damao = ["150223-01", "150223-02", "150223-03", "150223-04", "150223-101", "150223-102", "150223-103", "150223-104", "150223-105", "150223-106"];
    for (const code of [...baotou, ...damao]) expected[code] = "approved";
    expect(Object.fromEntries(states)).toEqual(expected);
    // 包头市's 旗县区 are all approved; its compiled result has not been sent up (no submission).
    expect(states.has("150200")).toBe(false);
    expect(states.has("150100")).toBe(false);

    const signoffs = query<{ code: string; signer: string; late: number; day: string }>(
      "select o.code, g.signer_name signer, g.late late, date(g.at / 1000, 'unixepoch', '+8 hours') day from signoffs g join submissions s on s.id = g.submission_id join organisations o on o.id = s.org_id join cycles c on c.id = s.cycle_id where c.year = 2026 order by o.code",
    );
    expect(signoffs.map((s) => [s.code, s.signer, s.late, s.day])).toEqual([
      ["150000-03", "演示负责人", 0, "2027-02-08"],
      ["150000-06", "演示负责人", 0, "2027-02-08"],
      ["150000-08", "演示负责人", 0, "2027-02-08"],
      ["150222", "固阳县负责人", 1, "2027-02-07"],
      ["150223", "达尔罕茂明安联合旗负责人", 0, "2027-02-03"],
      ["150300", "演示负责人", 0, "2027-02-08"],
      ["150600", "演示负责人", 0, "2027-02-08"],
    ]);

    const deadlines = JSON.parse(query<{ d: string }>("select deadlines d from cycles where year = 2026")[0]!.d);
    expect(deadlines).toEqual({
      "department.submit": "2027-02-20",
      "department.publish": "2027-02-28",
      "league_city.submit": "2027-03-10",
      "league_city.publish": "2027-03-31",
      "county.submit": "2027-02-05",
      "county.publish": "2027-02-08",
    });

    const explanations = (year: number, code: string) =>
      query<{ text: string }>(
        "select distinct e.text from warning_explanations e join submissions s on s.id = e.submission_id join organisations o on o.id = s.org_id join cycles c on c.id = s.cycle_id where c.year = ? and o.code = ?",
        year,
        code,
      ).map((e) => e.text);
    expect(explanations(2026, "150000-06")).toEqual(["本年开展行政规范性文件清理，宣布失效12件，现行有效件数按清理结果重新核定。"]);
    expect(explanations(2024, "150000-01")).toEqual(["2023年度数据未录入本系统，上年结转按本单位办理台账填报。"]);
    expect(explanations(2025, "150000-01")).toEqual([]);

    const comments = query<{ cell: string | null; text: string }>("select cell_code cell, text from submission_comments order by cell_code");
    expect(comments).toEqual([
      { cell: null, text: "请核对依申请公开的办理结果合计。" },
      { cell: "R1.np", text: "本年新收自然人申请数与本部门登记台账不一致，请核实后重新报送。" },
    ]);
  });

  test("the 演示日期 is recorded; business records carry demo dates while the audit chain keeps the real time", () => {
    expect(query<{ v: string }>("select value_json v from settings where key = 'demo.date'")[0]!.v).toBe('"2027-02-10"');
    const years = (sql: string) => [...new Set(query<{ y: string }>(sql).map((r) => r.y))].sort();
    // Approved 2024 in 2025, 2025 in 2026, the 2026 cycle's work in 2027.
    expect(years("select distinct c.year || ':' || strftime('%Y', s.updated_at / 1000, 'unixepoch', '+8 hours') y from submissions s join cycles c on c.id = s.cycle_id where c.year >= 2024")).toEqual([
      "2024:2025",
      "2025:2026",
      "2026:2027",
    ]);
    const audit = query<{ at: number }>("select min(at) at from audit_log")[0]!.at;
    expect(Math.abs(audit - Date.now())).toBeLessThan(10 * 60_000);
    const last = query<{ at: number }>("select max(at) at from audit_log")[0]!.at;
    expect(last).toBeLessThanOrEqual(Date.now());
  });

  test("every demo login of tests/scripts/demo-users.txt exists with its unit and roles", () => {
    const expected = fs
      .readFileSync(path.resolve(__dirname, "../../scripts/demo-users.txt"), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map((l) => l.split("|"))
      .map(([username, org, name, roles]) => ({ username, org, name, roles: roles!.split(" ").sort().join(" ") }));
    expect(expected.length).toBe(19);
    const users = query<{ username: string; org: string; name: string; roles: string }>(
      "select u.username, o.code org, u.display_name name, group_concat(g.role, ' ') roles from users u join organisations o on o.id = u.org_id left join role_grants g on g.user_id = u.id group by u.id order by u.id",
    ).map((u) => ({ ...u, roles: u.roles.split(" ").sort().join(" ") }));
    expect(users).toEqual(expected);
  });

  test("a second demo:load is refused (exit 1) and changes nothing", () => {
    const tables = ["audit_log", "cycles", "organisations", "roster_entries", "submissions", "cell_values", "users", "role_grants", "settings"];
    const count = () => tables.map((t) => query<{ n: number }>(`select count(*) n from ${t}`)[0]!.n);
    const before = count();
    const r = runCli(db, ["demo:load"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/已有填报周期/);
    expect(r.stdout).toBe("");
    expect(count()).toEqual(before);
  });
});

describe("usage errors", () => {
  test.each([
    { label: "templates --format xml", args: ["templates", "--format", "xml"] },
    { label: "cycles --format csv", args: ["cycles", "--format", "csv"] },
    { label: "demo:load with an argument", args: ["demo:load", "extra"] },
  ])("$label → exit 2", ({ args }) => {
    const r = runCli(db, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});
