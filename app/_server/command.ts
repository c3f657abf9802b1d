import "server-only";
import { z } from "zod";
import { isForbiddenError, type Action, type Target } from "@/lib/authz";
import { getDb, type Db } from "@/db/client";
import { DbError } from "@/db/errors";
import { lookupSession, type CurrentUser } from "./current-user";
import { CommandError } from "./errors";
import { now } from "./clock";
import { requestInfo } from "./request-info";
import { can } from "./guards";

/** What a guarded command gets besides its parsed input. */
export type CommandContext = { user: CurrentUser; db: Db; now: number; ip: string | null };

export type Command<I, O> = {
  /** For the audit log and error messages, e.g. "org.create". */
  name: string;
  schema: z.ZodType<I>;
  /**
   * The permission to check, from the parsed input (the target may depend on it). `"self"` for
   * what any signed-in user does to their own account (password, second factor).
   */
  permission: ((input: I, ctx: CommandContext) => { action: Action; target: Target }) | "self";
  run: (input: I, ctx: CommandContext) => O | Promise<O>;
  /** Open to a user who must change their password first (only the password change itself). */
  allowPasswordChange?: boolean;
};

export type CommandResult<O> =
  | { ok: true; data: O }
  | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };

export function defineCommand<I, O>(command: Command<I, O>): Command<I, O> {
  return command;
}

/**
 * Runs a command for the signed-in user: 401 without a session, 422 for input its zod schema
 * refuses, 403 when `authorize` refuses, then `run`. Server actions and JSON route handlers both
 * come through here, so the UI and the API enforce the same rules. Failures are returned as data
 * with a Chinese message; unexpected errors are logged and reported without a stack trace.
 */
export async function execute<I, O>(command: Command<I, O>, raw: unknown): Promise<CommandResult<O>> {
  try {
    const { user } = await lookupSession();
    if (!user) return { ok: false, status: 401, error: "登录已失效，请重新登录" };
    if (user.mustChangePassword && !command.allowPasswordChange) return { ok: false, status: 403, error: "请先修改初始密码" };
    const parsed = command.schema.safeParse(raw);
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      const fieldErrors = flat.fieldErrors as Record<string, string[]>;
      const first = flat.formErrors[0] ?? Object.values(fieldErrors).flat()[0] ?? "提交的内容不正确";
      return { ok: false, status: 422, error: first, fieldErrors };
    }
    const ctx: CommandContext = { user, db: getDb(), now: now(), ip: (await requestInfo()).ip };
    if (command.permission !== "self") {
      const { action, target } = command.permission(parsed.data, ctx);
      if (!can(user, action, target)) return { ok: false, status: 403, error: "您没有权限执行此操作" };
    }
    return { ok: true, data: await command.run(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof CommandError) return { ok: false, status: err.status, error: err.message, fieldErrors: err.fieldErrors };
    if (isForbiddenError(err)) return { ok: false, status: 403, error: err.reason };
    if (err instanceof DbError) return { ok: false, status: 409, error: err.message };
    console.error(`[command ${command.name}]`, err);
    return { ok: false, status: 500, error: "服务器内部错误，操作未完成，请稍后重试" };
  }
}
