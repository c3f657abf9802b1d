import { treeAccessFromParents, type TreeAccess } from "@/lib/authz";
import type { Db } from "@/db/client";
import { listOrganisations } from "@/db/queries/orgs";

/** The current organisation tree as authorisation reads it (today's tree, not a cycle's roster). */
export function currentTreeAccess(db: Db): TreeAccess {
  return treeAccessFromParents(new Map(listOrganisations(db).map((o) => [o.id, o.parentId])));
}
