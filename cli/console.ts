import os from "node:os";
import type { Db } from "../db/client";
import { flushAuditCheckpoints } from "../db/mutations/audit";
import { listOrganisations } from "../db/queries/orgs";
import { systemCaller } from "../server/kernel/caller";
import { businessNow } from "../server/kernel/clock";
import { runCommand, type Command } from "../server/kernel/command";
import { RefusedError } from "./io";

/** The root of today's tree (where the console stands in for a 安全管理员), or null before any import. */
function rootOrgId(db: Db): number | null {
  return listOrganisations(db).find((o) => o.parentId === null && o.active)?.id ?? null;
}

/** A refusal's field messages as the lines under it, unless the message already says them all. */
function details(message: string, fieldErrors: Record<string, string[]> | undefined): string[] {
  const lines = [...new Set(Object.values(fieldErrors ?? {}).flat())];
  return lines.every((line) => message.includes(line)) ? [] : lines;
}

/**
 * Runs a server command as the console (the system caller: username `cli`, the OS user in the
 * audit detail), at the machine's time (the business time on the database's 演示日期, decision
 * 016), from no address. A refusal becomes a RefusedError (exit
 * 1) with the command's message, after `prefix` when given, and its field messages as details.
 */
export async function runAsConsole<I, O>(db: Db, command: Command<I, O>, input: unknown, opts: { prefix?: string } = {}): Promise<O> {
  const user = systemCaller(os.userInfo().username, rootOrgId(db));
  const realNow = Date.now();
  const result = await runCommand(command, input, { user, db, now: businessNow(db, realNow), realNow, ip: null });
  if (!result.ok) throw new RefusedError(`${opts.prefix ?? ""}${result.error}`, details(result.error, result.fieldErrors));
  return result.data;
}

/**
 * Runs `fn` (several console commands) in one transaction: all of them are written or none. Each
 * command's own transaction nests inside as a savepoint. The audit checkpoints of the committed
 * rows are written before this returns (the CLI closes the database right after).
 */
export async function inOneTransaction<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const sqlite = db.$client;
  sqlite.exec("BEGIN");
  try {
    const out = await fn();
    sqlite.exec("COMMIT");
    return out;
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw err;
  } finally {
    flushAuditCheckpoints(db);
  }
}
