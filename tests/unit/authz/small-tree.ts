import { buildTree, type RosterNode } from "@/lib/org-tree";
import { treeAccess, type Actor, type Role } from "@/lib/authz";

/**
 * The tree of the authorisation tests:
 *   1 region ─┬─ 2 city A (compiling) ── 3 county
 *             ├─ 4 department
 *             └─ 5 city B
 */
export const ORG = { region: 1, cityA: 2, county: 3, department: 4, cityB: 5 } as const;

const node = (orgId: number, code: string, kind: string, parentOrgId: number | null): RosterNode => ({ orgId, code, name: code, kind, parentOrgId });

export const roster: RosterNode[] = [
  node(1, "150000", "region", null),
  node(2, "150100", "league_city", 1),
  node(3, "150101", "county", 2),
  node(4, "150000-01", "department", 1),
  node(5, "150200", "league_city", 1),
];

export const tree = treeAccess(buildTree(roster));

/** A user of `orgId` holding one role there. */
export function actorWith(role: Role, orgId: number, userId = 100): Actor {
  return { userId, orgId, grants: [{ role, orgId }] };
}
