import { isLeaf, type OrgTree } from "../org-tree/tree";

/**
 * All that authorisation needs of the organisation tree. An unknown unit has no parent and no
 * children, so it is related to nothing but itself.
 */
export type TreeAccess = {
  parentOf(orgId: number): number | null;
  hasChildren(orgId: number): boolean;
};

/** Reads a built roster tree (lib/org-tree). */
export function treeAccess(orgTree: OrgTree): TreeAccess {
  return {
    parentOf: (orgId) => orgTree.nodes.get(orgId)?.parentOrgId ?? null,
    hasChildren: (orgId) => !isLeaf(orgTree, orgId),
  };
}

/** Reads a plain map unit → parent (null for a root), e.g. straight from the organisations table. */
export function treeAccessFromParents(parents: ReadonlyMap<number, number | null>): TreeAccess {
  const withChildren = new Set<number>();
  for (const parent of parents.values()) if (parent !== null) withChildren.add(parent);
  return {
    parentOf: (orgId) => parents.get(orgId) ?? null,
    hasChildren: (orgId) => withChildren.has(orgId),
  };
}
