import "@/lib/validation/zod-config";
import { z } from "zod";
import { isForbiddenError, type Action, type Target } from "@/lib/authz";
import type { CommandResult } from "@/lib/contracts/command-result";
import type { Db } from "@/db/client";
import { DbError } from "@/db/errors";
import { dbRefusalMessage } from "./db-refusal";
import type { AuditInput } from "@/db/mutations/audit";
import { auditAs } from "./audit";
import type { Caller } from "./caller";
import { CommandError } from "./errors";
import { can } from "./can";

export type { CommandResult } from "@/lib/contracts/command-result";

/** An audit entry a command writes: who, where from and when are filled in from its context. */
export type CommandAuditEntry = Omit<AuditInput, "userId" | "username" | "ip" | "at">;

/** What a command gets besides its parsed input. */
export type CommandContext = {
  user: Caller;
  db: Db;
  /**
   * The business time of the request (decision 016): every time the work records (submissions,
   * sign-offs, reviews, publications) and every deadline check. The 演示日期 in a demo database.
   */
  now: number;
  /** The real time: sessions, second factors, password changes and the audit chain. */
  realNow: number;
  ip: string | null;
  /** Appends an audit entry for this caller, at the real time, from `ip`. */
  audit: (entry: CommandAuditEntry) => void;
};

/** Who runs a command and from where: the Next adapter fills it from the session, the CLI with its system caller. */
export type CommandEnv = {
  user: Caller;
  db: Db;
  /** The business time (see CommandContext). */
  now: number;
  /** The real time; tests may leave it out when both are the same. */
  realNow?: number;
  ip: string | null;
};

export type Command<I, O> = {
  /** For the audit log and error messages, e.g. "org.create". */
  name: string;
  /**
   * The input's schema, or a function building it from the database the command runs against
   * (a schema that depends on stored settings, e.g. the password policy in force).
   */
  schema: z.ZodType<I> | ((db: Db) => z.ZodType<I>);
  /**
   * The permission to check, from the parsed input (the target may depend on it), with the year
   * when the decision concerns one cycle (then checked on that cycle's roster). `"self"` for
   * what any signed-in user does to their own account (password, second factor).
   */
  permission: ((input: I, ctx: CommandContext) => { action: Action; target: Target; year?: number }) | "self";
  run: (input: I, ctx: CommandContext) => O | Promise<O>;
  /** Open to a user who must change their password first (only the password change itself). */
  allowPasswordChange?: boolean;
};

export const MUST_CHANGE_PASSWORD = "请先修改初始密码";
export const NOT_PERMITTED = "您没有权限执行此操作";

export function defineCommand<I, O>(command: Command<I, O>): Command<I, O> {
  return command;
}

export function commandContext(env: CommandEnv): CommandContext {
  const realNow = env.realNow ?? env.now;
  return { ...env, realNow, audit: (entry) => auditAs(env.db, env.user, { ip: env.ip, at: realNow }, entry) };
}

/** The first message and the messages per field of a refused parse. */
export function parseFailure(error: z.ZodError): { error: string; fieldErrors: Record<string, string[]> } {
  const flat = z.flattenError(error);
  const fieldErrors = flat.fieldErrors as Record<string, string[]>;
  return { error: flat.formErrors[0] ?? Object.values(fieldErrors).flat()[0] ?? "提交的内容不正确", fieldErrors };
}

/**
 * Runs a command for a known caller, free of any framework: 422 for input its zod schema
 * refuses, 403 when `authorize` refuses (the system caller passes this check, never the parse
 * or the rules), then `run`. Failures come back as data with a Chinese message; unexpected
 * errors are logged and reported without a stack trace.
 */
export async function runCommand<I, O>(command: Command<I, O>, raw: unknown, env: CommandEnv): Promise<CommandResult<O>> {
  try {
    const { user } = env;
    if (user.mustChangePassword && !command.allowPasswordChange) return { ok: false, status: 403, error: MUST_CHANGE_PASSWORD };
    const schema = typeof command.schema === "function" ? command.schema(env.db) : command.schema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, status: 422, ...parseFailure(parsed.error) };
    const ctx = commandContext(env);
    if (command.permission !== "self") {
      const { action, target, year } = command.permission(parsed.data, ctx);
      if (!can(env.db, user, action, target, year)) return { ok: false, status: 403, error: NOT_PERMITTED };
    }
    return { ok: true, data: await command.run(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof CommandError) return { ok: false, status: err.status, error: err.message, fieldErrors: err.fieldErrors };
    if (isForbiddenError(err)) return { ok: false, status: 403, error: err.reason };
    if (err instanceof DbError) return { ok: false, status: 409, error: dbRefusalMessage(err) };
    console.error(`[command ${command.name}]`, err);
    return { ok: false, status: 500, error: "服务器内部错误，操作未完成，请稍后重试" };
  }
}
