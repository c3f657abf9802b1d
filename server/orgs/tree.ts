import { treeAccessFromParents, type TreeAccess } from "@/lib/authz";
import type { Db } from "@/db/client";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { listOrganisations } from "@/db/queries/orgs";

/** The current organisation tree as authorisation reads it (today's tree, not a cycle's roster). */
export function currentTreeAccess(db: Db): TreeAccess {
  return treeAccessFromParents(new Map(listOrganisations(db).map((o) => [o.id, o.parentId])));
}

/**
 * The tree a decision about year `year` is made on: that cycle's frozen roster (who reported to
 * whom that year), so moving a unit today does not move the authority over its past years.
 * Today's tree when there is no such cycle.
 */
export function treeAccessFor(db: Db, year: number | undefined): TreeAccess {
  const cycle = year === undefined ? null : getCycleByYear(db, year);
  if (!cycle) return currentTreeAccess(db);
  return treeAccessFromParents(new Map(getRoster(db, cycle.id).map((r) => [r.orgId, r.parentOrgId])));
}
