import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getTemplate, templateIds } from "@/lib/templates";
import { shanghaiDay } from "@/lib/time";
import { runCli } from "./run-cli";

/*
 * `templates`, `cycles` and `demo:load`: the JSON Lines contracts, and the demo that
 * tests/scripts/load-demo.sh (npm run demo, the e2e setup) loads through `demo:load`.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-demo-load-"));
const db = path.join(tmp, "demo.db");
const LABEL_2019 = "2019年度（演示周期，沿用2018年表式）";

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

  test("cycles --format json lists 2017, 2018 and the labelled open 2019 cycle, oldest first", () => {
    const rows = jsonLines(ok(["cycles", "--format", "json"]).stdout);
    const roster = (year: number) =>
      query<{ n: number }>("select count(*) n from roster_entries r join cycles c on c.id = r.cycle_id where c.year = ?", year)[0]!.n;
    for (const row of rows) expect(Object.keys(row)).toEqual(["year", "template", "label", "units", "approved"]);
    expect(rows.map((c) => [c.year, c.template, c.label])).toEqual([
      [2017, "gov-disclosure-2018", null],
      [2018, "gov-disclosure-2018", null],
      [2019, "gov-disclosure-2018", LABEL_2019],
    ]);
    for (const row of rows) expect(row.units).toBe(roster(row.year));
    expect(rows[0].units).toBe(58);
    // 2017 and 2018: every unit below the region approved (56 imported + 包头市's compiled result);
    // the region itself (the root) reports through its compiled report and has no submission.
    expect(rows[0].approved).toBe(57);
    expect(rows[1].approved).toBe(57);
    // 2019: 包头市's 8 imported 旗县区 and 固阳县.
    expect(rows[2].approved).toBe(9);
    const approvedIn = (year: number) =>
      query<{ n: number }>(
        "select count(*) n from submissions s join cycles c on c.id = s.cycle_id join roster_entries r on r.cycle_id = c.id and r.org_id = s.org_id where c.year = ? and s.status = 'approved'",
        year,
      )[0]!.n;
    for (const row of rows) expect(row.approved).toBe(approvedIn(row.year));
  });

  test("cycles text lists one readable line per cycle", () => {
    const lines = ok(["cycles"]).stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(LABEL_2019);
  });

  test("the 2019 states and deadlines are load-demo.sh's", () => {
    const states = new Map(
      query<{ code: string; status: string }>(
        "select o.code, s.status from submissions s join organisations o on o.id = s.org_id join cycles c on c.id = s.cycle_id where c.year = 2019",
      ).map((r) => [r.code, r.status]),
    );
    expect(states.get("150000-01")).toBe("draft");
    expect(states.get("150000-02")).toBe("draft");
    expect(states.get("150100")).toBe("draft");
    expect(states.get("150000-04")).toBe("ready");
    expect(states.get("150000-06")).toBe("submitted");
    expect(states.get("150000-08")).toBe("returned");
    for (const code of ["150202", "150203", "150204", "150205", "150206", "150207", "150221", "150222", "150223"]) expect(states.get(code), code).toBe("approved");
    expect(states.has("150200")).toBe(false);
    expect(states.size).toBe(15);

    const signoffs = query<{ code: string; signer: string; late: number }>(
      "select o.code, g.signer_name signer, g.late late from signoffs g join submissions s on s.id = g.submission_id join organisations o on o.id = s.org_id",
    );
    expect(signoffs.map((s) => [s.code, s.signer]).sort()).toEqual([
      ["150000-06", "演示负责人"],
      ["150000-08", "演示负责人"],
      ["150222", "固阳县负责人"],
    ]);
    const late = query<{ code: string }>(
      "select o.code from signoffs g join submissions s on s.id = g.submission_id join organisations o on o.id = s.org_id where g.late = 1",
    );
    expect(late.map((l) => l.code)).toEqual(["150222"]);

    // Deadlines relative to today (Shanghai): 区直部门 in 14 days, 盟市 in 30, 旗县 yesterday.
    const day = (n: number) => shanghaiDay(Date.now() + n * 86_400_000);
    const deadlines = JSON.parse(query<{ d: string }>("select deadlines d from cycles where year = 2019")[0]!.d);
    expect(deadlines).toEqual({
      "department.submit": day(14),
      "department.publish": day(14),
      "league_city.submit": day(30),
      "league_city.publish": day(30),
      "county.submit": day(-1),
      "county.publish": day(-1),
    });

    const explanations = (code: string) =>
      query<{ text: string }>(
        "select distinct e.text from warning_explanations e join submissions s on s.id = e.submission_id join organisations o on o.id = s.org_id join cycles c on c.id = s.cycle_id where c.year = 2019 and o.code = ?",
        code,
      ).map((e) => e.text);
    expect(explanations("150000-06")).toEqual(["渠道统计口径调整：政府网站与政务新媒体合并发布的信息只计一次，故渠道数少于主动公开条数。"]);
    expect(explanations("150222")).toEqual(["本旗县政务新媒体与网站同步发布，渠道按一次计。"]);

    const comments = query<{ cell: string | null; text: string }>("select cell_code cell, text from submission_comments order by cell_code");
    expect(comments).toEqual([
      { cell: null, text: "请核对依申请公开的办理结果合计。" },
      { cell: "C1", text: "收到申请数与本部门登记台账不一致，请核实后重新报送。" },
    ]);
  });

  test("every demo login of tests/scripts/demo-users.txt exists with its unit and roles", () => {
    const expected = fs
      .readFileSync(path.resolve(__dirname, "../../scripts/demo-users.txt"), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map((l) => l.split("|"))
      .map(([username, org, name, roles]) => ({ username, org, name, roles: roles!.split(" ").sort().join(" ") }));
    expect(expected.length).toBe(14);
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
