import { describe, expect, it } from "vitest";
import { configureAudit, verifyAuditLog } from "@/db/audit";
import { openDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";

/** Five rows (sha256 and sm3 mixed), then one column of row #3 changed behind the triggers' back. */
function tampered(sql: string) {
  const t = openDb(":memory:");
  configureAudit(t.db, { key: "3c".repeat(32) });
  for (let i = 1; i <= 5; i++) {
    configureAudit(t.db, { key: "3c".repeat(32), alg: i % 2 ? "sha256" : "sm3" });
    appendAudit(t.db, { action: `a${i}`, userId: null, username: `u${i}`, ip: "10.0.0.1", targetType: "t", targetId: i, detail: { i } });
  }
  expect(verifyAuditLog(t.db).verdict).toEqual({ ok: true, count: 5, lastId: 5 });
  t.sqlite.exec(`drop trigger audit_log_no_update; ${sql}`);
  const verdict = verifyAuditLog(t.db).verdict;
  t.close();
  return verdict;
}

describe("a change to any column of a stored row is found at that row", () => {
  it.each([
    ["at", "update audit_log set at = at + 1 where id = 3"],
    ["at, made text", "update audit_log set at = at || 'x' where id = 3"],
    ["user_id", "pragma foreign_keys = off; update audit_log set user_id = 1 where id = 3"],
    ["username", "update audit_log set username = 'u9' where id = 3"],
    ["ip", "update audit_log set ip = null where id = 3"],
    ["action", "update audit_log set action = 'a9' where id = 3"],
    ["target_type", "update audit_log set target_type = 'x' where id = 3"],
    ["target_id", "update audit_log set target_id = '4' where id = 3"],
    ["detail_json", `update audit_log set detail_json = '{"i":4}' where id = 3`],
    ["prev_hash", "update audit_log set prev_hash = (select hash from audit_log where id = 1) where id = 3"],
    ["hash", "update audit_log set hash = (select hash from audit_log where id = 4) where id = 3"],
    ["hash_alg", "update audit_log set hash_alg = 'sm3' where id = 3"],
  ])("%s", (_column, sql) => {
    expect(tampered(sql)).toMatchObject({ ok: false, kind: "row", fault: { id: 3 } });
  });

  it("hash cleared: a missing hash at that row", () => {
    expect(tampered("update audit_log set hash = null where id = 3")).toMatchObject({ ok: false, kind: "row", fault: { kind: "missing-hash", id: 3 } });
  });

  it("id moved: the row is gone from its place, so the next row no longer links", () => {
    expect(tampered("update audit_log set id = 100 where id = 3")).toMatchObject({ ok: false, kind: "row", fault: { kind: "link", id: 4, prevId: 2 } });
  });
});
