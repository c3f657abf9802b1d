import { authorize, type Action, type Target, type TreeAccess } from "@/lib/authz";
import type { Db } from "@/db/client";
import { treeAccessFor } from "../orgs/tree";
import type { Caller } from "./caller";

/** `authorize` on a tree already read; the system caller (the CLI) is allowed. For many checks in a row. */
export function canOn(tree: TreeAccess, caller: Caller, action: Action, target: Target): boolean {
  if (caller.system) return true;
  return authorize(caller.actor, action, target, tree).allowed;
}

/**
 * `authorize` on the tree the decision belongs to: the roster of cycle `year` for what concerns
 * that year's statistics and reports, today's tree otherwise. Reads the tree each time: a loop
 * of checks reads it once with `treeAccessFor` and calls `canOn`.
 */
export function can(db: Db, caller: Caller, action: Action, target: Target, year?: number): boolean {
  if (caller.system) return true;
  return canOn(treeAccessFor(db, year), caller, action, target);
}
