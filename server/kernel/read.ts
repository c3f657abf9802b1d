import "@/lib/validation/zod-config";
import type { Action, Target, TreeAccess } from "@/lib/authz";
import type { Db } from "@/db/client";
import type { CurrentUser } from "./caller";
import { canOn } from "./can";
import { treeAccessFor } from "../orgs/tree";
import { CommandError } from "./errors";
import { auditAs } from "./audit";
import type { CommandAuditEntry } from "./command";

/** What a guarded read (a page loader, a GET route) gets: who asks, the database, the clock, the address. */
export type ReadContext = {
  user: CurrentUser;
  db: Db;
  /** The business time: deadlines, 逾期, days left, today's date (the 演示日期 in a demo; decision 016). */
  now: number;
  /** The real time: sessions, second factors, the audit chain. */
  realNow: number;
  ip: string | null;
  /** Throws a 403 unless the user may do `action` on `target` (on cycle `year`'s roster when given). */
  require: (action: Action, target: Target, message?: string, year?: number) => void;
  /** Whether the user may do `action` on `target` (on cycle `year`'s roster when given). */
  can: (action: Action, target: Target, year?: number) => boolean;
  /** An audit entry for this reader (an export, a download), at the real time, from `ip`. */
  audit: (entry: CommandAuditEntry) => void;
};

/** What a page anyone may open (no login) reads with: the database and the business time. */
export type PublicReadContext = { db: Db; now: number };

export function readContext(env: { user: CurrentUser; db: Db; now: number; realNow?: number; ip: string | null }): ReadContext {
  const realNow = env.realNow ?? env.now;
  // A page asks many questions of the same tree: each year's tree is read once per request.
  const trees = new Map<number | undefined, TreeAccess>();
  const treeFor = (year: number | undefined) => {
    if (!trees.has(year)) trees.set(year, treeAccessFor(env.db, year));
    return trees.get(year)!;
  };
  const allowed = (action: Action, target: Target, year?: number) => canOn(treeFor(year), env.user, action, target);
  return {
    ...env,
    realNow,
    can: allowed,
    require(action, target, message = "您没有权限查看此内容", year) {
      if (!allowed(action, target, year)) throw new CommandError(403, message);
    },
    audit: (entry) => auditAs(env.db, env.user, { ip: env.ip, at: realNow }, entry),
  };
}
