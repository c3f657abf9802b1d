import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Copies the database to `destFile` with SQLite's online backup API (consistent while the app
 * keeps writing; WAL content included). `source` is an open handle or a database file path.
 * Returns the number of pages copied.
 */
export async function backupDatabase(source: Database.Database | string, destFile: string): Promise<number> {
  const dest = path.resolve(destFile);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const handle = typeof source === "string" ? new Database(source, { readonly: true, fileMustExist: true }) : source;
  try {
    const { totalPages } = await handle.backup(dest);
    return totalPages;
  } finally {
    if (typeof source === "string") handle.close();
  }
}
