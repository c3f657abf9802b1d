import "server-only";
import { getDb } from "@/db/client";
import type { CurrentUser } from "../kernel/caller";
import { runCommand, type Command, type CommandResult } from "../kernel/command";
import { now } from "../kernel/clock";
import { lookupSession } from "./current-user";
import { requestInfo } from "./request-info";

export const SESSION_ENDED = "登录已失效，请重新登录";

/** Runs a command for a user whose session this request has already checked. */
export async function executeAs<I, O>(user: CurrentUser, command: Command<I, O>, raw: unknown): Promise<CommandResult<O>> {
  return runCommand(command, raw, { user, db: getDb(), now: now(), ip: (await requestInfo()).ip });
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
