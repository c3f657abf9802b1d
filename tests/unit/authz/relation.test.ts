import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildTree } from "@/lib/org-tree";
import { ancestorsOf, isAtOrBelow, relationOf, treeAccess, treeAccessFromParents, type Relation } from "@/lib/authz";
import { ORG, roster, tree } from "./small-tree";
import { ancestorsIn, arbParents } from "./random-tree";

describe("relationOf on the small tree", () => {
  test.each<{ label: string; from: number; target: number; expected: Relation }>([
    { label: "a unit to itself", from: ORG.cityA, target: ORG.cityA, expected: "own" },
    { label: "region to city A: direct child", from: ORG.region, target: ORG.cityA, expected: "child" },
    { label: "city A to its county: direct child", from: ORG.cityA, target: ORG.county, expected: "child" },
    { label: "region to the county: deeper", from: ORG.region, target: ORG.county, expected: "descendant" },
    { label: "city A to the region: parent", from: ORG.cityA, target: ORG.region, expected: "ancestor" },
    { label: "the county to the region: grandparent", from: ORG.county, target: ORG.region, expected: "ancestor" },
    { label: "city A to city B: sibling", from: ORG.cityA, target: ORG.cityB, expected: "unrelated" },
    { label: "the county to the department: another branch", from: ORG.county, target: ORG.department, expected: "unrelated" },
    { label: "city A to a unit not in the tree", from: ORG.cityA, target: 99, expected: "unrelated" },
  ])("$label → $expected", ({ from, target, expected }) => {
    expect(relationOf(tree, from, target)).toBe(expected);
  });

  test.each([
    { label: "the county", orgId: ORG.county, expected: [ORG.cityA, ORG.region] },
    { label: "the region", orgId: ORG.region, expected: [] },
    { label: "an unknown unit", orgId: 99, expected: [] },
  ])("ancestorsOf $label", ({ orgId, expected }) => {
    expect(ancestorsOf(tree, orgId)).toEqual(expected);
  });
});

describe("tree adapters", () => {
  test.each([
    { label: "the region has children", orgId: ORG.region, expected: true },
    { label: "city A compiles the county", orgId: ORG.cityA, expected: true },
    { label: "city B is a leaf", orgId: ORG.cityB, expected: false },
    { label: "an unknown unit has none", orgId: 99, expected: false },
  ])("hasChildren: $label", ({ orgId, expected }) => {
    expect(tree.hasChildren(orgId)).toBe(expected);
  });

  test("the roster adapter and the parent-map adapter agree on the small tree", () => {
    const fromMap = treeAccessFromParents(new Map(roster.map((n) => [n.orgId, n.parentOrgId])));
    for (const n of [...roster.map((r) => r.orgId), 99]) {
      expect(fromMap.parentOf(n)).toBe(tree.parentOf(n));
      expect(fromMap.hasChildren(n)).toBe(tree.hasChildren(n));
    }
  });

  test("a cyclic parent map does not hang the ancestor walk", () => {
    const cyclic = treeAccessFromParents(new Map([[1, 2], [2, 1]]));
    expect(ancestorsOf(cyclic, 1)).toEqual([2]);
    expect(relationOf(cyclic, 3, 1)).toBe("unrelated");
  });
});

describe("relation properties on random trees", () => {
  test("relationOf matches a direct reading of the parent map, both adapters alike", () => {
    fc.assert(
      fc.property(arbParents, fc.nat(), fc.nat(), (parents, a, b) => {
        const from = (a % parents.size) + 1;
        const target = (b % parents.size) + 1;
        const up = ancestorsIn(parents, target);
        const expected: Relation =
          from === target ? "own" : up[0] === from ? "child" : up.includes(from) ? "descendant" : ancestorsIn(parents, from).includes(target) ? "ancestor" : "unrelated";
        const roster = [...parents].map(([orgId, parentOrgId]) => ({ orgId, parentOrgId, code: String(orgId).padStart(3, "0"), name: "", kind: "unit" }));
        expect(relationOf(treeAccessFromParents(parents), from, target)).toBe(expected);
        expect(relationOf(treeAccess(buildTree(roster)), from, target)).toBe(expected);
      }),
    );
  });

  test("isAtOrBelow is the reverse of being an ancestor-or-self", () => {
    fc.assert(
      fc.property(arbParents, fc.nat(), fc.nat(), (parents, a, b) => {
        const from = (a % parents.size) + 1;
        const target = (b % parents.size) + 1;
        const t = treeAccessFromParents(parents);
        expect(isAtOrBelow(t, from, target)).toBe(from === target || ancestorsIn(parents, target).includes(from));
      }),
    );
  });
});
