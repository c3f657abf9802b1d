import type { Db } from "@/db/client";

/**
 * Runs `fn` in one SQLite transaction: a change, the sessions it ends and its audit entry are
 * written together or not at all (appendAudit nests as a savepoint).
 */
export function atomically<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn)();
}
