import { describe, expect, test } from "vitest";
import { aggregateTree, buildTree, type RosterNode } from "@/lib/org-tree";
import { canSubmitCompiled, compiledValues, countedTotals } from "@/lib/workflow";

/** A 市 with a department, a 区 and a 垂直管理 unit; `inSums` decides whether the last counts. */
function tree(verticalInSums: boolean) {
  const roster: RosterNode[] = [
    { orgId: 1, code: "R", name: "自治区", kind: "region", parentOrgId: null },
    { orgId: 2, code: "C", name: "某市", kind: "league_city", parentOrgId: 1 },
    { orgId: 3, code: "C-D", name: "某市教育局", kind: "department", parentOrgId: 2 },
    { orgId: 4, code: "C-Q", name: "某区", kind: "county", parentOrgId: 2 },
    { orgId: 5, code: "C-V", name: "某市税务局", kind: "vertical", parentOrgId: 2, inSums: verticalInSums },
  ];
  return buildTree(roster);
}
const leaves = new Map([
  [3, { A: 1n }],
  [4, { A: 10n }],
  [5, { A: 100n }],
]);

describe("a unit outside the sums (垂直管理)", () => {
  test.each([
    { inSums: false, city: 11n },
    { inSums: true, city: 111n },
  ])("inSums $inSums: the 市 adds up to $city, the unit keeps its own total", ({ inSums, city }) => {
    const t = tree(inSums);
    const all = new Map<number, "approved">([2, 3, 4, 5].map((k) => [k, "approved"]));
    expect(aggregateTree(t, leaves).get(2)).toEqual({ A: city });
    expect(aggregateTree(t, leaves).get(5)).toEqual({ A: 100n });
    expect(countedTotals(t, all, leaves).get(2)).toEqual({ A: city });
    expect(countedTotals(t, all, leaves).get(1)).toEqual({ A: city });
    expect(compiledValues(t, 1, all, leaves)).toEqual({ A: city });
  });

  test("only a unit counted in the sums holds its parent's compiled result back", () => {
    const pending = new Map([
      [3, "approved" as const],
      [4, "approved" as const],
    ]);
    expect(canSubmitCompiled(tree(false), 2, pending).ok).toBe(true);
    expect(canSubmitCompiled(tree(true), 2, pending).unapproved.map((n) => n.code)).toEqual(["C-V"]);
  });
});
