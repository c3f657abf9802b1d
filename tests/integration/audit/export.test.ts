import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { createUser } from "@/db/mutations/users";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { TREE } from "../db/helpers";
import { cli, removeTmpDirs, tmpDir } from "./helpers";

let dir: string;
let db: string;

/** Rows around the Shanghai midnight of 2025-03-01, by users of two units and the CLI. */
const ROWS = [
  { at: "2025-02-28T15:59:59.999Z", user: "d1-admin", action: "login", ip: "10.0.0.1" }, // #1 2025-02-28 23:59:59
  { at: "2025-02-28T16:00:00.000Z", user: "d1-admin", action: "submission.save", ip: "=cmd|' /C calc'!A0" }, // #2 2025-03-01 00:00:00
  { at: "2025-03-01T10:00:00.000Z", user: "c1-admin", action: "submission.save", ip: "10.0.0.2" }, // #3 2025-03-01 18:00:00
  { at: "2025-03-01T16:00:00.000Z", user: null, action: "orgs.import", ip: null }, // #4 2025-03-02 00:00:00
];

beforeAll(() => {
  dir = tmpDir();
  db = path.join(dir, "x.db");
  const o = openDb(db);
  upsertOrganisations(o.db, TREE);
  const org = (code: string) => getOrganisationByCode(o.db, code)!.id;
  const users = {
    "d1-admin": createUser(o.db, { username: "d1-admin", displayName: "甲", passwordHash: "h", orgId: org("D1") }),
    "c1-admin": createUser(o.db, { username: "c1-admin", displayName: "乙", passwordHash: "h", orgId: org("L1C1") }),
  };
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    for (const row of ROWS) {
      vi.setSystemTime(new Date(row.at));
      const user = row.user ? users[row.user as keyof typeof users] : null;
      appendAudit(o.db, {
        action: row.action,
        userId: user?.id ?? null,
        username: user?.username ?? "cli",
        ip: row.ip,
        targetType: "submission",
        targetId: 7,
        detail: { 说明: "含逗号,和\"引号\"", 行: "一\n二" },
      });
    }
  } finally {
    vi.useRealTimers();
  }
  o.close();
}, 60_000);

afterAll(removeTmpDirs);

function exportRows(args: string[]): string[][] {
  const r = cli(db, ["audit:export", ...args]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout.startsWith("\uFEFF编号,时间,用户,单位,地址,操作,对象类型,对象,详情\r\n")).toBe(true);
  const [header, ...rows] = parse(r.stdout, { bom: true }) as string[][];
  expect(header).toEqual(["编号", "时间", "用户", "单位", "地址", "操作", "对象类型", "对象", "详情"]);
  return rows;
}

const ids = (rows: string[][]) => rows.map((r) => Number(r[0]));

describe("audit:export", () => {
  it("writes every row as CSV that parses back, oldest first", () => {
    const rows = exportRows(["--to", "2025-12-31"]);
    expect(ids(rows)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toEqual(["1", "2025-02-28 23:59:59", "d1-admin", "区发改委（D1）", "10.0.0.1", "login", "submission", "7", '{"说明":"含逗号,和\\"引号\\"","行":"一\\n二"}']);
    expect(rows[1]![4]).toBe("'=cmd|' /C calc'!A0"); // a formula is neutralised
    expect(rows[3]!.slice(2, 5)).toEqual(["cli", "", ""]);
  });

  it.each([
    { label: "a user", args: ["--user", "d1-admin"], expected: [1, 2] },
    { label: "a unit", args: ["--org", "L1C1"], expected: [3] },
    { label: "an action", args: ["--action", "submission.save"], expected: [2, 3] },
    { label: "a Shanghai day", args: ["--from", "2025-03-01", "--to", "2025-03-01"], expected: [2, 3] },
    { label: "from a day on (before the exports' own rows)", args: ["--from", "2025-03-02", "--to", "2025-03-02"], expected: [4] },
    { label: "a unit and an action", args: ["--org", "D1", "--action", "submission.save"], expected: [2] },
    { label: "nothing matching", args: ["--user", "nobody"], expected: [] },
  ])("filters by $label", ({ args, expected }) => {
    expect(ids(exportRows(args))).toEqual(expected);
  });

  it("writes to --out, refuses to overwrite, and audits itself", () => {
    const out = path.join(dir, "audit.csv");
    const r = cli(db, ["audit:export", "--org", "D1", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`已导出 2 条审计记录到 ${out}`);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ids((parse(bytes, { bom: true }) as string[][]).slice(1))).toEqual([1, 2]);
    expect(cli(db, ["audit:export", "--out", out]).code).toBe(1);

    const own = exportRows(["--action", "audit.export", "--user", "cli"]);
    expect(own.length).toBeGreaterThan(0);
    expect(JSON.parse(own[own.length - 1]![8]!)).toMatchObject({ filter: { org: "D1" }, rows: 2, out });
    expect(cli(db, ["audit:verify"]).stdout).toMatch(/^OK: \d+ 条审计记录，链完整/);
  });

  it.each([
    { label: "a malformed date", args: ["--from", "2025-3-1"] },
    { label: "from after to", args: ["--from", "2025-03-02", "--to", "2025-03-01"] },
    { label: "an unknown option", args: ["--year", "2025"] },
  ])("is a usage error (exit 2) for $label", ({ args }) => {
    const r = cli(db, ["audit:export", ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});
