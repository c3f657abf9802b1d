import { authorize } from "./authorize";
import type { TreeAccess } from "./tree-access";
import type { Actor } from "./types";

/**
 * The units whose statistics and report the actor may read (stats.read and report.read have
 * the same scope), in the order given; for scoping list queries. Administrators read none.
 * @param allOrgIds every unit to consider, e.g. the cycle's roster
 */
export function visibleOrgIds(actor: Actor, tree: TreeAccess, allOrgIds: Iterable<number>): number[] {
  return [...allOrgIds].filter((orgId) => authorize(actor, "stats.read", { kind: "org", orgId }, tree).allowed);
}
