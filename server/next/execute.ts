import "server-only";
import { getDb } from "@/db/client";
import type { Action, Target } from "@/lib/authz";
import type { CurrentUser } from "../kernel/caller";
import { can } from "../kernel/can";
import { MUST_CHANGE_PASSWORD, NOT_PERMITTED, runCommand, type Command, type CommandResult } from "../kernel/command";
import { businessNow, now } from "../kernel/clock";
import { lookupSession } from "./current-user";
import { requestInfo } from "./request-info";

export const SESSION_ENDED = "登录已失效，请重新登录";
export { MUST_CHANGE_PASSWORD, NOT_PERMITTED };

/** Runs a command for a user whose session this request has already checked. */
export async function executeAs<I, O>(user: CurrentUser, command: Command<I, O>, raw: unknown): Promise<CommandResult<O>> {
  const db = getDb();
  const realNow = now();
  return runCommand(command, raw, { user, db, now: businessNow(db, realNow), realNow, ip: (await requestInfo()).ip });
}

/**
 * Runs a command for the signed-in user of this request: 401 without a session, then the
 * framework-free `runCommand` with the session's user, the server clock and the client address.
 * Server actions and JSON route handlers both come through here, so the UI and the API enforce
 * the same rules.
 */
export async function execute<I, O>(command: Command<I, O>, raw: unknown): Promise<CommandResult<O>> {
  const { user } = await lookupSession();
  if (!user) return { ok: false, status: 401, error: SESSION_ENDED };
  return executeAs(user, command, raw);
}

/**
 * The command's own checks, asked before an upload is read (the command asks them again): the
 * session (401), the initial password (403), the permission (403), with the wrapper's messages.
 * Null when allowed, so nobody without the right makes the server parse a file.
 */
export async function refusalBeforeUpload(action: Action, target: Target): Promise<{ ok: false; status: number; error: string } | null> {
  const { user } = await lookupSession();
  if (!user) return { ok: false, status: 401, error: SESSION_ENDED };
  if (user.mustChangePassword) return { ok: false, status: 403, error: MUST_CHANGE_PASSWORD };
  if (!can(getDb(), user, action, target)) return { ok: false, status: 403, error: NOT_PERMITTED };
  return null;
}
