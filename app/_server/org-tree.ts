import "server-only";
import { treeAccessFromParents, type TreeAccess } from "@/lib/authz";
import { getDb } from "@/db/client";
import { listOrganisations } from "@/db/queries/orgs";

/** The current organisation tree as authorisation reads it (today's tree, not a cycle's roster). */
export function currentTreeAccess(): TreeAccess {
  return treeAccessFromParents(new Map(listOrganisations(getDb()).map((o) => [o.id, o.parentId])));
}
