import type Database from "better-sqlite3";

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A better-sqlite3 statement prepared once per connection and reused: the hot paths (bulk
 * writes, value reads) run raw SQL on `db.$client` where drizzle's per-call overhead or its
 * number-only integer reads would cost speed or exactness.
 */
export function prepared(sqlite: Database.Database, text: string): Database.Statement {
  let byText = cache.get(sqlite);
  if (!byText) {
    byText = new Map();
    cache.set(sqlite, byText);
  }
  let stmt = byText.get(text);
  if (!stmt) {
    stmt = sqlite.prepare(text);
    byText.set(text, stmt);
  }
  return stmt;
}

/** Separators used when SQLite packs a submission's values into one string (see queries/submissions). */
export const UNIT_SEP = "\x1f";
export const RECORD_SEP = "\x1e";
