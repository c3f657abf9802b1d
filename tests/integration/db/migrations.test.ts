import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getDb, migrationsFolder, openDb, resolveDbFile } from "@/db/client";
import { freshDb } from "./helpers";

const TABLES = [
  "attachments",
  "audit_log",
  "cell_values",
  "correction_requests",
  "cycles",
  "organisations",
  "report_drafts",
  "report_prereview_comments",
  "report_prereviews",
  "report_publications",
  "report_reviews",
  "role_grants",
  "roster_entries",
  "sessions",
  "settings",
  "signoffs",
  "submission_comments",
  "submission_versions",
  "submissions",
  "users",
  "warning_explanations",
];

const tmpDirs: string[] = [];
function tmpFile(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-db-"));
  tmpDirs.push(dir);
  return path.join(dir, name);
}
afterEach(() => {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("create every table on an in-memory database", () => {
    const { sqlite, close } = freshDb();
    const names = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
      .pluck()
      .all();
    expect(names).toEqual(TABLES);
    close();
  });

  it("0012: a cycle that existed before keeps 预审 off (no unit finds 签发 refused by an upgrade); a new cycle has it on", () => {
    // The migrations up to 0011, as a database of the previous release has them.
    const before = tmpFile("migrations");
    fs.mkdirSync(path.join(before, "meta"), { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta/_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.idx <= 11);
    fs.writeFileSync(path.join(before, "meta/_journal.json"), JSON.stringify(journal));
    for (const e of journal.entries) fs.copyFileSync(path.join(migrationsFolder(), `${e.tag}.sql`), path.join(before, `${e.tag}.sql`));
    const opened = openDb(":memory:", { migrate: false });
    migrate(opened.db, { migrationsFolder: before });
    opened.sqlite.prepare("insert into cycles (year, template_id) values (2025, 't')").run();
    migrate(opened.db, { migrationsFolder: migrationsFolder() });
    opened.sqlite.prepare("insert into cycles (year, template_id) values (2026, 't')").run();
    expect(opened.sqlite.prepare("select year, prereview from cycles order by year").all()).toEqual([
      { year: 2025, prereview: 0 },
      { year: 2026, prereview: 1 },
    ]);
    opened.close();
  });

  it("store cell_values WITHOUT ROWID (custom migration 0001)", () => {
    const { sqlite, close } = freshDb();
    const info = sqlite.prepare("select wr from pragma_table_list where name = 'cell_values'").get() as { wr: number };
    expect(info.wr).toBe(1);
    const fks = sqlite.prepare("select \"table\", on_delete from pragma_foreign_key_list('cell_values')").all();
    expect(fks).toEqual([{ table: "submissions", on_delete: "CASCADE" }]);
    close();
  });

  it("every connection reports synchronous = FULL (2): acknowledged transactions survive a power cut", () => {
    for (const file of [":memory:", path.join(tmpFile("sync"), "..", "sync.db")]) {
      const opened = openDb(file);
      expect(opened.sqlite.pragma("synchronous", { simple: true }), file).toBe(2);
      opened.close();
    }
  });

  it("set the pragmas on a file database, creating its folder, and re-open without re-applying", () => {
    const file = path.join(tmpFile("x"), "..", "nested", "dir", "t.db");
    const first = openDb(file);
    expect(first.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(first.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(first.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(first.sqlite.pragma("synchronous", { simple: true })).toBe(2); // FULL
    const applied = first.sqlite.prepare("select count(*) from __drizzle_migrations").pluck().get();
    first.sqlite.prepare("insert into cycles (year, template_id) values (2018, 't')").run();
    first.close();

    const second = openDb(file);
    expect(second.sqlite.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(applied);
    expect(second.sqlite.prepare("select year from cycles").pluck().all()).toEqual([2018]);
    second.close();
  });

  it("resolve NIANBAO_DB against cwd, defaulting to ./data/nianbao.db", () => {
    expect(resolveDbFile({})).toBe(path.resolve(process.cwd(), "data/nianbao.db"));
    expect(resolveDbFile({ NIANBAO_DB: "x/y.db" })).toBe(path.resolve(process.cwd(), "x/y.db"));
    expect(resolveDbFile({ NIANBAO_DB: ":memory:" })).toBe(":memory:");
  });

  it("getDb opens NIANBAO_DB once and reuses the connection", () => {
    const file = tmpFile("app.db");
    const before = process.env.NIANBAO_DB;
    process.env.NIANBAO_DB = file;
    const g = globalThis as { __nianbaoDb?: { close: () => void } };
    try {
      const a = getDb();
      const b = getDb();
      expect(a).toBe(b);
      expect(fs.existsSync(file)).toBe(true);
      expect(a.$client.name).toBe(file);
    } finally {
      g.__nianbaoDb?.close();
      delete g.__nianbaoDb;
      if (before === undefined) delete process.env.NIANBAO_DB;
      else process.env.NIANBAO_DB = before;
    }
  });
});
