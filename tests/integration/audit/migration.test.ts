import fs from "node:fs";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { verifyAuditLog } from "@/db/audit";
import { migrationsFolder, openDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { auditLog } from "@/db/schema";
import { removeTmpDirs, tmpDir } from "./helpers";

afterEach(removeTmpDirs);

const REFUSED = /审计日志只能追加/;

describe("the audit log is append-only (migration 0003's triggers)", () => {
  it("has its three triggers after the migrations (a regenerated migration must keep them)", () => {
    const { sqlite, close } = openDb(":memory:");
    const triggers = sqlite.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_log' order by name").pluck().all();
    expect(triggers).toEqual(["audit_log_insert_at_end", "audit_log_no_delete", "audit_log_no_update"]);
    close();
  });

  it.each([
    { label: "UPDATE (raw SQL)", run: (s: import("better-sqlite3").Database) => s.prepare("update audit_log set action = 'x' where id = 1").run() },
    { label: "UPDATE of the hash alone", run: (s: import("better-sqlite3").Database) => s.prepare("update audit_log set hash = null").run() },
    { label: "DELETE of one row", run: (s: import("better-sqlite3").Database) => s.prepare("delete from audit_log where id = 2").run() },
    { label: "DELETE of every row", run: (s: import("better-sqlite3").Database) => s.prepare("delete from audit_log").run() },
    {
      label: "INSERT OR REPLACE over an existing row",
      run: (s: import("better-sqlite3").Database) => s.prepare("insert or replace into audit_log (id, action) values (1, 'forged')").run(),
    },
    { label: "an INSERT before the end", run: (s: import("better-sqlite3").Database) => s.prepare("insert into audit_log (id, action) values (2, 'x')").run() },
  ])("refuses $label through a normal connection", ({ run }) => {
    const { db, sqlite, close } = openDb(":memory:");
    appendAudit(db, { action: "a" });
    appendAudit(db, { action: "b" });
    const before = sqlite.prepare("select * from audit_log order by id").all();
    expect(() => run(sqlite)).toThrow(REFUSED);
    expect(sqlite.prepare("select * from audit_log order by id").all()).toEqual(before);
    expect(verifyAuditLog(db).verdict).toEqual({ ok: true, count: 2, lastId: 2 });
    close();
  });

  it("refuses drizzle's update and delete too", () => {
    const { db, close } = openDb(":memory:");
    appendAudit(db, { action: "a" });
    expect(() => db.update(auditLog).set({ action: "x" }).run()).toThrow(REFUSED);
    expect(() => db.delete(auditLog).run()).toThrow(REFUSED);
    close();
  });

  it("upgrades a database with rows from before the chain: the first append folds them in", () => {
    const dir = tmpDir();
    // The migrations up to 0002 only, as a database made before this change had them.
    const old = path.join(dir, "migrations");
    fs.cpSync(migrationsFolder(), old, { recursive: true });
    const journalFile = path.join(old, "meta/_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((e) => e.tag.startsWith("0003_"));
    expect(upTo).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, upTo);
    fs.writeFileSync(journalFile, JSON.stringify(journal));

    const file = path.join(dir, "old.db");
    const before = openDb(file, { migrate: false });
    migrate(before.db, { migrationsFolder: old });
    const insert = before.sqlite.prepare("insert into audit_log (action, username) values (?, 'cli')");
    for (const action of ["orgs.import", "cycle.create", "user.create"]) insert.run(action);
    before.close();

    const after = openDb(file);
    // Nothing chained yet: no key file either.
    expect(verifyAuditLog(after.db).verdict).toMatchObject({ ok: false, kind: "key-missing" });
    appendAudit(after.db, { action: "login", username: "demo" });
    const report = verifyAuditLog(after.db);
    expect(report.verdict).toEqual({ ok: true, count: 4, lastId: 4 });
    expect(report.legacy).toBe(3);
    after.close();

    // Now the old rows are protected: change one behind the triggers' back.
    const raw = openDb(file, { migrate: false });
    raw.sqlite.exec("drop trigger audit_log_no_update; update audit_log set username = 'someone' where id = 2");
    expect(verifyAuditLog(raw.db).verdict).toMatchObject({ ok: false, kind: "row", fault: { kind: "link", id: 4, prevId: 3 } });
    raw.close();
  });
});
