import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenedDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { createUser } from "@/db/mutations/users";
import { countAudit, iterateAudit, listAudit, listAuditSql } from "@/db/queries/audit";
import { type AuditFilter, auditFilterSchema } from "@/lib/audit";
import { dbWithTree } from "../db/helpers";

let t: OpenedDb & { id: (code: string) => number };
let orgIds: { D1: number; L1C1: number };

/** Rows at chosen instants around the Shanghai midnight between 2025-02-28 and 2025-03-01. */
const ROWS = [
  { at: "2025-02-28T15:59:59.999Z", user: "d1", action: "login" }, //          #1 2月28日 23:59:59.999
  { at: "2025-02-28T16:00:00.000Z", user: "d1", action: "submission.save" }, // #2 3月1日 00:00
  { at: "2025-03-01T10:00:00.000Z", user: "c1", action: "submission.save" }, // #3 3月1日 18:00
  { at: "2025-03-01T15:59:59.999Z", user: null, action: "orgs.import" }, //     #4 3月1日 23:59:59.999 (the CLI)
  { at: "2025-03-01T16:00:00.000Z", user: "r", action: "login" }, //            #5 3月2日 00:00
] as const;

beforeAll(() => {
  t = dbWithTree();
  orgIds = { D1: t.id("D1"), L1C1: t.id("L1C1") };
  const users = {
    d1: createUser(t.db, { username: "d1-admin", displayName: "甲", passwordHash: "h", orgId: t.id("D1") }),
    c1: createUser(t.db, { username: "c1-admin", displayName: "乙", passwordHash: "h", orgId: t.id("L1C1") }),
    r: createUser(t.db, { username: "r-admin", displayName: "丙", passwordHash: "h", orgId: t.id("R") }),
  };
  vi.useFakeTimers({ toFake: ["Date"] });
  for (const row of ROWS) {
    vi.setSystemTime(new Date(row.at));
    const user = row.user ? users[row.user] : null;
    appendAudit(t.db, { action: row.action, userId: user?.id ?? null, username: user?.username ?? "cli", ip: user ? "10.0.0.1" : null });
  }
  vi.useRealTimers();
});

afterAll(() => t.close());

const ids = (filter: Partial<AuditFilter>, scope: { orgIds?: number[] } = {}) =>
  listAudit(t.db, auditFilterSchema.parse(filter), { limit: 100, order: "asc", ...scope }).map((r) => r.id);

describe("listAudit and countAudit", () => {
  it.each([
    { label: "no filter", filter: {}, expected: [1, 2, 3, 4, 5] },
    { label: "one Shanghai day (both ends included)", filter: { from: "2025-03-01", to: "2025-03-01" }, expected: [2, 3, 4] },
    { label: "from a day on", filter: { from: "2025-03-02" }, expected: [5] },
    { label: "up to a day", filter: { to: "2025-02-28" }, expected: [1] },
    { label: "a username", filter: { user: "d1-admin" }, expected: [1, 2] },
    { label: "the CLI's rows", filter: { user: "cli" }, expected: [4] },
    { label: "a unit (the user's, by code)", filter: { org: "D1" }, expected: [1, 2] },
    { label: "a county", filter: { org: "L1C1" }, expected: [3] },
    { label: "a unit is exact, not its subtree", filter: { org: "L1" }, expected: [] },
    { label: "an unknown unit", filter: { org: "NOPE" }, expected: [] },
    { label: "an action", filter: { action: "submission.save" }, expected: [2, 3] },
    { label: "all at once", filter: { org: "D1", action: "submission.save", from: "2025-03-01" }, expected: [2] },
  ])("$label", ({ filter, expected }) => {
    expect(ids(filter)).toEqual(expected);
    expect(countAudit(t.db, auditFilterSchema.parse(filter))).toBe(expected.length);
  });

  it("scopes to the rows of some units' users (the CLI's rows have no unit)", () => {
    expect(ids({}, { orgIds: [orgIds.D1, orgIds.L1C1] })).toEqual([1, 2, 3]);
    expect(ids({ action: "submission.save" }, { orgIds: [orgIds.L1C1] })).toEqual([3]);
    expect(ids({}, { orgIds: [] })).toEqual([]);
    expect(countAudit(t.db, {}, { orgIds: [orgIds.D1] })).toBe(2);
  });

  it("pages newest first by default and carries the user's unit", () => {
    const page = listAudit(t.db, {}, { limit: 2, offset: 1 });
    expect(page.map((r) => [r.id, r.username, r.orgCode, r.orgName])).toEqual([
      [4, "cli", null, null],
      [3, "c1-admin", "L1C1", "新城区"],
    ]);
    expect(page[1]).toMatchObject({ action: "submission.save", ip: "10.0.0.1", hashAlg: "sha256" });
    expect(page[1]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a page size outside 1..500", () => {
    expect(() => listAudit(t.db, {}, { limit: 0 })).toThrow(RangeError);
    expect(() => listAudit(t.db, {}, { limit: 501 })).toThrow(RangeError);
  });

  it("iterateAudit reads every match oldest first, in batches", () => {
    expect([...iterateAudit(t.db, {}, {}, 2)].map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect([...iterateAudit(t.db, { org: "D1" }, {}, 1)].map((r) => r.id)).toEqual([1, 2]);
  });

  it.each([
    { filter: { user: "x" }, index: "audit_log_username_at_idx" },
    { filter: { action: "x" }, index: "audit_log_action_at_idx" },
    { filter: { org: "D1" }, index: "audit_log_user_at_idx" },
    { filter: { from: "2025-01-01", to: "2025-02-01" }, index: "audit_log_at_idx" },
  ])("searches audit_log through $index for $filter", ({ filter, index }) => {
    const { sql, params } = listAuditSql(t.db, filter, { limit: 50 });
    const plan = (t.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    expect(plan.find((d) => /\baudit_log\b/.test(d) && !/LEFT-JOIN/.test(d))).toMatch(new RegExp(`SEARCH audit_log USING INDEX ${index}`));
  });
});
