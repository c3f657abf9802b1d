import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

/** No 'server-only' here: the CLI (tsx) imports db/ too. Next keeps better-sqlite3 external. */

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type OpenedDb = {
  db: Db;
  sqlite: Database.Database;
  close: () => void;
};

export const DEFAULT_DB_FILE = "./data/nianbao.db";

/** The database file named by NIANBAO_DB (default ./data/nianbao.db), resolved against cwd. */
export function resolveDbFile(env: Record<string, string | undefined> = process.env): string {
  const file = env.NIANBAO_DB?.trim() || DEFAULT_DB_FILE;
  return file === ":memory:" ? file : path.resolve(process.cwd(), file);
}

/**
 * The committed migrations. Next bundles server code, so `__dirname` may not point at db/;
 * cwd (the repo root for `next start`, the CLI and tests) is tried first.
 */
export function migrationsFolder(): string {
  const candidates = [path.join(process.cwd(), "db/migrations")];
  if (typeof __dirname !== "undefined") candidates.push(path.join(__dirname, "migrations"));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "meta/_journal.json")));
  if (!found) throw new Error(`数据库迁移目录不存在：${candidates.join("，")}`);
  return found;
}

/**
 * Opens a fresh connection with the app's pragmas and applies pending migrations.
 * For tests, the CLI and benchmarks; `:memory:` works. The app uses `getDb()`.
 */
export function openDb(file: string, options: { migrate?: boolean } = {}): OpenedDb {
  if (file !== ":memory:" && file !== "") {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    // FULL: in WAL mode NORMAL may lose the last acknowledged transactions at a power cut; a
    // submission or a 签发 the user was told is saved must be on disk.
    sqlite.pragma("synchronous = FULL");
    const db = drizzle(sqlite, { schema }) as Db;
    if (options.migrate !== false) migrate(db, { migrationsFolder: migrationsFolder() });
    return { db, sqlite, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

const globalForDb = globalThis as typeof globalThis & { __nianbaoDb?: OpenedDb };

/** The app's shared connection, opened (and migrated) once and kept on globalThis across dev reloads. */
export function getDb(): Db {
  globalForDb.__nianbaoDb ??= openDb(resolveDbFile());
  return globalForDb.__nianbaoDb.db;
}
