import { sumValues } from "../org-tree/aggregate";
import { isLeaf, type OrgTree, type RosterNode } from "../org-tree/tree";
import type { CellValues } from "../values";
import type { SubmissionStatusCode } from "./statuses";

/** Status by unit (orgId); a unit missing from the map has no submission (未填报). */
export type StatusByOrg = ReadonlyMap<number, SubmissionStatusCode>;

/** Whether a compiling node may send its compiled result up, and which direct children hold it back. */
export type CompiledCheck = { ok: boolean; unapproved: RosterNode[] };

/**
 * A compiling node may submit (mark ready, sign off) its compiled result only when every direct
 * child is approved there. A leaf compiles nothing: always ok.
 */
export function canSubmitCompiled(tree: OrgTree, orgId: number, statusByOrg: StatusByOrg): CompiledCheck {
  const unapproved = (tree.children.get(orgId) ?? []).filter((c) => statusByOrg.get(c.orgId) !== "approved");
  return { ok: unapproved.length === 0, unapproved };
}

/**
 * The leaf submissions that count in `nodeId`'s approved totals. A leaf counts iff it is
 * approved and every compiling node strictly between it and `nodeId` is approved too: a
 * compiling child's subtree reaches the level above only once that child's compiled result has
 * been approved there. `nodeId`'s own status never matters (these are the totals it sees);
 * `nodeId` being a leaf counts itself when approved. Returned in tree order.
 */
export function countedLeaves(tree: OrgTree, nodeId: number, statusByOrg: StatusByOrg): number[] {
  const node = tree.nodes.get(nodeId);
  if (!node) return [];
  const approved = (id: number) => statusByOrg.get(id) === "approved";
  if (isLeaf(tree, nodeId)) return approved(nodeId) ? [nodeId] : [];
  const out: number[] = [];
  const walk = (n: RosterNode) => {
    if (!approved(n.orgId)) return; // a leaf not approved, or a compiling node not approved: its subtree waits
    if (isLeaf(tree, n.orgId)) out.push(n.orgId);
    else (tree.children.get(n.orgId) ?? []).forEach(walk);
  };
  (tree.children.get(nodeId) ?? []).forEach(walk);
  return out;
}

/**
 * A node's compiled result: the sum of the leaf submissions that count for it (`countedLeaves`).
 * Leaves missing from `leafValues` add nothing.
 */
export function compiledValues(tree: OrgTree, nodeId: number, statusByOrg: StatusByOrg, leafValues: ReadonlyMap<number, CellValues>): CellValues {
  return sumValues(countedLeaves(tree, nodeId, statusByOrg).map((id) => leafValues.get(id) ?? {}));
}
