import { authorize, type Action, type Target } from "@/lib/authz";
import type { Db } from "@/db/client";
import { treeAccessFor } from "../orgs/tree";
import type { Caller } from "./caller";

/**
 * `authorize` on the tree the decision belongs to: the roster of cycle `year` for what concerns
 * that year's statistics and reports, today's tree otherwise. The system caller (the CLI) is allowed.
 */
export function can(db: Db, caller: Caller, action: Action, target: Target, year?: number): boolean {
  if (caller.system) return true;
  return authorize(caller.actor, action, target, treeAccessFor(db, year)).allowed;
}
