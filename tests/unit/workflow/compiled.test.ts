import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTree, isLeaf, type OrgTree, type RosterNode } from "@/lib/org-tree";
import type { CellValues } from "@/lib/values";
import { canSubmitCompiled, compiledResultsOfApproved, compiledValues, countedLeaves, countedTotals, SUBMISSION_STATUS_LABELS, type SubmissionStatusCode } from "@/lib/workflow";

/*
 * 3 levels: R (region) → D1, D2 (departments, leaves), L1, L2 (leagues, compiling) →
 * L1C1, L1C2, L2C1 (counties, leaves) and L2D (a league department, leaf).
 */
const ROSTER: RosterNode[] = [
  { orgId: 1, code: "R", name: "自治区", kind: "region", parentOrgId: null },
  { orgId: 2, code: "D1", name: "区发改委", kind: "department", parentOrgId: 1 },
  { orgId: 3, code: "D2", name: "区教育厅", kind: "department", parentOrgId: 1 },
  { orgId: 4, code: "L1", name: "呼和浩特市", kind: "league_city", parentOrgId: 1 },
  { orgId: 5, code: "L2", name: "包头市", kind: "league_city", parentOrgId: 1 },
  { orgId: 6, code: "L1C1", name: "新城区", kind: "county", parentOrgId: 4 },
  { orgId: 7, code: "L1C2", name: "回民区", kind: "county", parentOrgId: 4 },
  { orgId: 8, code: "L2C1", name: "昆都仑区", kind: "county", parentOrgId: 5 },
  { orgId: 9, code: "L2D", name: "包头市发改委", kind: "department", parentOrgId: 5 },
];
const tree = buildTree(ROSTER);
const STATUSES = Object.keys(SUBMISSION_STATUS_LABELS) as SubmissionStatusCode[];

const approvedOnly = (...ids: number[]) => new Map(ids.map((id) => [id, "approved" as SubmissionStatusCode]));

/** The rule, written the other way round: walk up from the leaf to the node. */
function countsByDefinition(t: OrgTree, nodeId: number, leafId: number, status: Map<number, SubmissionStatusCode>): boolean {
  if (status.get(leafId) !== "approved") return false;
  if (leafId === nodeId) return true;
  for (let p = t.nodes.get(leafId)!.parentOrgId; p !== null; p = t.nodes.get(p)!.parentOrgId) {
    if (p === nodeId) return true;
    if (status.get(p) !== "approved") return false;
  }
  return false; // not below the node
}

describe("countedLeaves", () => {
  it("counts approved direct leaves; a compiling child's subtree only once that child is approved", () => {
    expect(countedLeaves(tree, 1, approvedOnly(2, 6, 7))).toEqual([2]);
    expect(countedLeaves(tree, 1, approvedOnly(2, 4, 6, 7))).toEqual([2, 6, 7]);
    expect(countedLeaves(tree, 1, approvedOnly(4, 6))).toEqual([6]);
  });

  it("at the compiling node itself, its own status does not matter", () => {
    expect(countedLeaves(tree, 4, approvedOnly(6, 7))).toEqual([6, 7]);
    expect(countedLeaves(tree, 5, approvedOnly(9))).toEqual([9]);
  });

  it("a leaf counts for itself when approved", () => {
    expect(countedLeaves(tree, 2, approvedOnly(2))).toEqual([2]);
    expect(countedLeaves(tree, 2, new Map([[2, "submitted"]]))).toEqual([]);
    expect(countedLeaves(tree, 99, approvedOnly(2))).toEqual([]);
  });

  it("property: a leaf counts iff it and every compiling node between it and the node are approved", () => {
    const ids = ROSTER.map((n) => n.orgId);
    const statusArb = fc.option(fc.constantFrom(...STATUSES), { nil: undefined });
    fc.assert(
      fc.property(fc.array(statusArb, { minLength: ids.length, maxLength: ids.length }), fc.constantFrom(...ids), (statuses, nodeId) => {
        const status = new Map<number, SubmissionStatusCode>();
        ids.forEach((id, i) => statuses[i] !== undefined && status.set(id, statuses[i]!));
        const counted = new Set(countedLeaves(tree, nodeId, status));
        for (const n of ROSTER) {
          if (!isLeaf(tree, n.orgId)) {
            expect(counted.has(n.orgId)).toBe(false);
            continue;
          }
          expect(counted.has(n.orgId)).toBe(countsByDefinition(tree, nodeId, n.orgId, status));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("canSubmitCompiled", () => {
  it("needs every direct child approved (grandchildren are the children's business)", () => {
    expect(canSubmitCompiled(tree, 4, approvedOnly(6, 7)).ok).toBe(true);
    const check = canSubmitCompiled(tree, 1, approvedOnly(2, 3, 4, 6, 7, 8, 9));
    expect(check.ok).toBe(false);
    expect(check.unapproved.map((n) => n.code)).toEqual(["L2"]);
    expect(canSubmitCompiled(tree, 1, approvedOnly(2, 3, 4, 5)).ok).toBe(true);
  });

  it("a leaf compiles nothing", () => {
    expect(canSubmitCompiled(tree, 2, new Map())).toEqual({ ok: true, unapproved: [] });
  });
});

describe("compiledValues", () => {
  it("sums the counted leaves only", () => {
    const leafValues = new Map<number, CellValues>([
      [2, { X: 1n }],
      [6, { X: 10n }],
      [7, { X: 100n, Y: 5n }],
      [8, { X: 1000n }],
    ]);
    expect(compiledValues(tree, 1, approvedOnly(2, 4, 6, 7, 8), leafValues)).toEqual({ X: 111n, Y: 5n });
    expect(compiledValues(tree, 5, approvedOnly(8), leafValues)).toEqual({ X: 1000n });
  });
});

describe("countedTotals", () => {
  const leafValues = new Map<number, CellValues>([
    [2, { X: 1n }],
    [3, { X: 2n }],
    [6, { X: 10n }],
    [7, { X: 100n, Y: 5n }],
    [8, { X: 1000n }],
    [9, { X: 10000n }],
  ]);

  it("the region counts a league's counties only once the league's compiled result is approved", () => {
    const before = countedTotals(tree, approvedOnly(2, 3, 6, 7, 8, 9), leafValues);
    expect(before.get(1)).toEqual({ X: 3n });
    expect(before.get(4)).toEqual({ X: 110n, Y: 5n }); // the league sees its own counties
    const after = countedTotals(tree, approvedOnly(2, 3, 4, 6, 7, 8, 9), leafValues);
    expect(after.get(1)).toEqual({ X: 113n, Y: 5n });
  });

  it("a leaf's own totals are its values when counted; the basis decides what counts", () => {
    const status = new Map<number, SubmissionStatusCode>([
      [2, "submitted"],
      [4, "submitted"],
      [6, "approved"],
      [7, "ready"],
    ]);
    expect(countedTotals(tree, status, leafValues).get(2)).toEqual({});
    expect(countedTotals(tree, status, leafValues, ["submitted", "approved"]).get(2)).toEqual({ X: 1n });
    expect(countedTotals(tree, status, leafValues, ["submitted", "approved"]).get(1)).toEqual({ X: 11n });
  });

  it("property: equals compiledValues at every node for any statuses", () => {
    const ids = ROSTER.map((n) => n.orgId);
    const statusArb = fc.option(fc.constantFrom(...STATUSES), { nil: undefined });
    fc.assert(
      fc.property(fc.array(statusArb, { minLength: ids.length, maxLength: ids.length }), (statuses) => {
        const status = new Map<number, SubmissionStatusCode>();
        ids.forEach((id, i) => statuses[i] !== undefined && status.set(id, statuses[i]!));
        const totals = countedTotals(tree, status, leafValues);
        for (const id of ids) expect(totals.get(id)).toEqual(compiledValues(tree, id, status, leafValues));
      }),
      { numRuns: 300 },
    );
  });
});

describe("compiledResultsOfApproved", () => {
  const leafValues = new Map<number, CellValues>([
    [6, { X: 10n }],
    [7, { X: 100n }],
    [8, { X: 1000n }],
    [9, { X: 1n }],
  ]);

  it("gives every compiling node below the root whose children are all approved its compiled values", () => {
    const out = compiledResultsOfApproved(tree, approvedOnly(2, 3, 6, 7, 8), leafValues);
    expect(out).toEqual([{ orgId: 4, values: { X: 110n } }]); // L2 waits for L2D; the root never
    const all = compiledResultsOfApproved(tree, approvedOnly(2, 3, 6, 7, 8, 9), leafValues);
    expect(all.map((c) => c.orgId)).toEqual([4, 5]);
    expect(all[1]!.values).toEqual({ X: 1001n });
  });

  it("after them, the region's counted totals are every approved leaf's", () => {
    const status = approvedOnly(2, 3, 6, 7, 8, 9);
    for (const c of compiledResultsOfApproved(tree, status, leafValues)) status.set(c.orgId, "approved");
    expect(countedTotals(tree, status, leafValues).get(1)).toEqual({ X: 1111n });
  });
});
