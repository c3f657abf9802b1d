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
 * child is approved there (a child outside the sums excepted). A leaf compiles nothing: always ok.
 */
export function canSubmitCompiled(tree: OrgTree, orgId: number, statusByOrg: StatusByOrg): CompiledCheck {
  // A unit outside the sums (垂直管理) holds nothing back: its figures are not in the result.
  const unapproved = (tree.children.get(orgId) ?? []).filter((c) => c.inSums !== false && statusByOrg.get(c.orgId) !== "approved");
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
    if (n.inSums === false) return; // outside the sums (垂直管理): never counted above
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

/**
 * Every node's totals under the counting rule of `countedLeaves`, in one pass: a node's totals
 * are the sum of its counted children, where a leaf child counts when its status is counted and
 * a compiling child counts (with its own totals) when its compiled result's status is counted. A
 * node's own status never gates its own totals. `counted` is the set of statuses that count:
 * approved only (the default), or e.g. submitted and approved for a preview of what was sent up.
 * For every node, equal to `compiledValues` with the same statuses.
 */
export function countedTotals(
  tree: OrgTree,
  statusByOrg: StatusByOrg,
  leafValues: ReadonlyMap<number, CellValues>,
  counted: readonly SubmissionStatusCode[] = ["approved"],
): Map<number, CellValues> {
  const counts = (id: number) => {
    const s = statusByOrg.get(id);
    return s !== undefined && counted.includes(s);
  };
  const totals = new Map<number, CellValues>();
  const visit = (n: RosterNode): CellValues => {
    const kids = tree.children.get(n.orgId) ?? [];
    let v: CellValues;
    if (kids.length === 0) v = counts(n.orgId) ? (leafValues.get(n.orgId) ?? {}) : {};
    else {
      const parts: CellValues[] = [];
      for (const k of kids) {
        const t = visit(k);
        if (counts(k.orgId) && k.inSums !== false) parts.push(t);
      }
      v = sumValues(parts);
    }
    totals.set(n.orgId, v);
    return v;
  };
  tree.roots.forEach(visit);
  return totals;
}

/**
 * For an import of approved (historical) data: the compiled results that follow from it. Every
 * compiling node below the root whose direct children are all approved gets its compiled values
 * (`compiledValues`), deepest first, each counted as approved for the levels above it. The root
 * has no level above to approve it, so it gets none. `statusByOrg` is after the import.
 */
export function compiledResultsOfApproved(
  tree: OrgTree,
  statusByOrg: StatusByOrg,
  leafValues: ReadonlyMap<number, CellValues>,
): { orgId: number; values: CellValues }[] {
  const status = new Map(statusByOrg);
  const out: { orgId: number; values: CellValues }[] = [];
  const visit = (n: RosterNode, depth: number) => {
    const kids = tree.children.get(n.orgId) ?? [];
    kids.forEach((k) => visit(k, depth + 1));
    if (kids.length === 0 || depth === 0) return;
    if (!canSubmitCompiled(tree, n.orgId, status).ok) return;
    out.push({ orgId: n.orgId, values: compiledValues(tree, n.orgId, status, leafValues) });
    status.set(n.orgId, "approved");
  };
  tree.roots.forEach((r) => visit(r, 0));
  return out;
}
