import { describe, test, expect } from "vitest";
import fc from "fast-check";
import { aggregateTree, buildTree, cellSum, isLeaf, leavesUnder, splitByChildGroups, sumValues, topChildrenOf, type RosterNode } from "@/lib/org-tree";
import type { CellValues } from "@/lib/values";

const node = (orgId: number, code: string, kind: string, parentOrgId: number | null, name = code): RosterNode => ({ orgId, code, name, kind, parentOrgId });

/** region → 2 departments + 2 cities; city 150100 compiles 2 counties, city 150200 one. */
const roster2018: RosterNode[] = [
  node(1, "150000", "region", null),
  node(2, "150000-01", "department", 1),
  node(3, "150000-02", "department", 1),
  node(4, "150100", "league_city", 1),
  node(5, "150200", "league_city", 1),
  node(6, "150101", "county", 4),
  node(7, "150102", "county", 4),
  node(8, "150201", "county", 5),
];
/** The next cycle's roster: county 150102 moved under city 150200. */
const roster2019 = roster2018.map((n) => (n.orgId === 7 ? { ...n, parentOrgId: 5 } : n));

const leaves = new Map<number, CellValues>([
  [2, { A1: 10n, C1: 1n }],
  [3, { A1: 20n, G: 150n }],
  [6, { A1: 100n, C1: 2n }],
  [7, { A1: 1000n, C1: 4n }],
  [8, { A1: 10000n }],
]);

describe("aggregateTree over three levels", () => {
  const totals = aggregateTree(buildTree(roster2018), leaves);

  test.each([
    { label: "a department is its own submission", orgId: 2, values: { A1: 10n, C1: 1n } },
    { label: "city 150100 = its two counties", orgId: 4, values: { A1: 1100n, C1: 6n } },
    { label: "city 150200 = its one county", orgId: 5, values: { A1: 10000n } },
    { label: "the region = every leaf", orgId: 1, values: { A1: 11130n, C1: 7n, G: 150n } },
    { label: "a county is its own submission", orgId: 7, values: { A1: 1000n, C1: 4n } },
  ])("$label", ({ orgId, values }) => {
    expect(totals.get(orgId)).toEqual(values);
  });

  test("every node has totals", () => {
    expect([...totals.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test("a leaf without a submission contributes nothing", () => {
    const partial = new Map(leaves);
    partial.delete(7);
    const t = aggregateTree(buildTree(roster2018), partial);
    expect(t.get(7)).toEqual({});
    expect(t.get(4)).toEqual({ A1: 100n, C1: 2n });
    expect(t.get(1)).toEqual({ A1: 10130n, C1: 3n, G: 150n });
  });

  test("a changed roster changes that cycle's totals, not the earlier cycle's", () => {
    const before = aggregateTree(buildTree(roster2018), leaves);
    const after = aggregateTree(buildTree(roster2019), leaves);
    expect(after.get(4)).toEqual({ A1: 100n, C1: 2n });
    expect(after.get(5)).toEqual({ A1: 11000n, C1: 4n });
    expect(before.get(4)).toEqual({ A1: 1100n, C1: 6n });
    expect(before.get(5)).toEqual({ A1: 10000n });
    expect(after.get(1)).toEqual(before.get(1));
    expect(totals.get(4)).toEqual({ A1: 1100n, C1: 6n });
  });
});

describe("buildTree", () => {
  test("orders children by code and finds roots", () => {
    const shuffled = [roster2018[7]!, roster2018[4]!, roster2018[0]!, roster2018[3]!, roster2018[2]!, roster2018[6]!, roster2018[1]!, roster2018[5]!];
    const tree = buildTree(shuffled);
    expect(tree.roots.map((n) => n.code)).toEqual(["150000"]);
    expect(tree.children.get(1)!.map((n) => n.code)).toEqual(["150000-01", "150000-02", "150100", "150200"]);
    expect(tree.byCode.get("150102")!.orgId).toEqual(7);
    expect(isLeaf(tree, 6)).toBe(true);
    expect(isLeaf(tree, 4)).toBe(false);
    expect(leavesUnder(tree, 1).map((n) => n.orgId)).toEqual([2, 3, 6, 7, 8]);
    expect(leavesUnder(tree, 99)).toEqual([]);
  });

  test.each([
    { label: "a parent outside the roster", roster: [...roster2018, node(9, "150999", "county", 42)], error: "单位 150999 的上级不在本周期的单位名册中" },
    { label: "a two-node cycle", roster: [...roster2018, node(9, "X1", "county", 10), node(10, "X2", "county", 9)], error: "单位名册中存在循环的上下级关系" },
    { label: "a unit that is its own parent", roster: [...roster2018, node(9, "X1", "county", 9)], error: "单位名册中存在循环的上下级关系" },
    { label: "two units with one code", roster: [...roster2018, node(9, "150000-01", "department", 1)], error: "单位名册中存在重复的单位代码或编号" },
    { label: "two units with one id", roster: [...roster2018, node(1, "X1", "department", null)], error: "单位名册中存在重复的单位代码或编号" },
  ])("rejects $label", ({ roster, error }) => {
    expect(() => buildTree(roster)).toThrow(error);
  });
});

test("codes order by character, not by locale (ties in a top-N break the same on every machine)", () => {
  const tree = buildTree([node(1, "R", "region", null), node(2, "a-1", "department", 1), node(3, "B_1", "department", 1), node(4, "a_1", "department", 1)]);
  expect(tree.children.get(1)!.map((n) => n.code)).toEqual(["B_1", "a-1", "a_1"]);
  expect(topChildrenOf(tree, aggregateTree(tree, new Map()), 1, ["department"], ["C1"], 3).map((r) => r.code)).toEqual(["B_1", "a-1", "a_1"]);
});

describe("topChildrenOf and splitByChildGroups", () => {
  const roster = [
    node(1, "R", "region", null),
    node(2, "D3", "department", 1, "丙厅"),
    node(3, "D1", "department", 1, "甲厅"),
    node(4, "D2", "department", 1, "乙厅"),
    node(5, "D4", "department", 1, "丁厅"),
    node(6, "C1", "league_city", 1, "甲市"),
    node(7, "C2", "league_city", 1, "乙市"),
  ];
  const tree = buildTree(roster);
  const totals = aggregateTree(
    tree,
    new Map<number, CellValues>([
      [2, { C1: 5n, "C1.1": 1n }],
      [3, { C1: 5n }],
      [4, { C1: 7n }],
      [5, {}],
      [6, { C1: 100n }],
      [7, { C1: 3n }],
    ]),
  );

  test.each([
    {
      label: "ties broken by code (D1 before D3)",
      kind: "department",
      n: 3,
      items: [["D2", "乙厅", 7n], ["D1", "甲厅", 5n], ["D3", "丙厅", 5n]],
    },
    {
      label: "a blank unit ranks as 0, last",
      kind: "department",
      n: 10,
      items: [["D2", "乙厅", 7n], ["D1", "甲厅", 5n], ["D3", "丙厅", 5n], ["D4", "丁厅", 0n]],
    },
    { label: "only the given kind", kind: "league_city", n: 3, items: [["C1", "甲市", 100n], ["C2", "乙市", 3n]] },
    { label: "n = 1", kind: "league_city", n: 1, items: [["C1", "甲市", 100n]] },
    { label: "no children of that kind", kind: "county", n: 3, items: [] },
  ])("topChildrenOf: $label", ({ kind, n, items }) => {
    expect(topChildrenOf(tree, totals, 1, [kind], ["C1"], n).map((r) => [r.code, r.name, r.value])).toEqual(items);
  });

  test("topChildrenOf: several kinds ranked together", () => {
    expect(topChildrenOf(tree, totals, 1, ["department", "league_city"], ["C1"], 2).map((r) => r.code)).toEqual(["C1", "D2"]);
  });

  const own = { kinds: ["gov_office", "department"], label: "{ownLabel}" };
  const lower = { kinds: ["league_city", "county"], label: "{childrenLabel}" };
  const three = [{ kinds: ["gov_office"], label: "g" }, { kinds: ["department"], label: "d" }, lower];
  test.each([
    { label: "the first grouping whose every group has a child", cells: ["C1"], groupings: [three, [own, lower]], split: [["{ownLabel}", 17n], ["{childrenLabel}", 103n]] },
    { label: "order follows the groups given", cells: ["C1"], groupings: [[lower, own]], split: [["{childrenLabel}", 103n], ["{ownLabel}", 17n]] },
    { label: "a sum of cells", cells: ["C1", "C1.1"], groupings: [[own, lower]], split: [["{ownLabel}", 18n], ["{childrenLabel}", 103n]] },
    { label: "none fits: no split", cells: ["C1"], groupings: [three], split: null },
  ])("splitByChildGroups: $label", ({ cells, groupings, split }) => {
    const r = splitByChildGroups(tree, totals, 1, cells, groupings);
    expect(r && r.map((g) => [g.label, g.value])).toEqual(split);
  });

  test.each<{ label: string; values: CellValues; cells: string[]; sum: bigint | null }>([
    { label: "some cells", values: { A: 1n, B: 2n }, cells: ["A", "B", "C"], sum: 3n },
    { label: "all blank", values: { A: 1n }, cells: ["B", "C"], sum: null },
    { label: "a zero is not blank", values: { B: 0n }, cells: ["B", "C"], sum: 0n },
  ])("cellSum: $label", ({ values, cells, sum }) => {
    expect(cellSum(values, cells)).toEqual(sum);
  });

  test("sumValues keeps cells blank in every part blank", () => {
    expect(sumValues([{ A: 1n }, { A: 2n, B: 0n }, {}])).toEqual({ A: 3n, B: 0n });
    expect(sumValues([])).toEqual({});
  });
});

describe("property: random trees", () => {
  type Shape = Shape[];
  const shape = (depth: number): fc.Arbitrary<Shape> =>
    depth <= 1 ? fc.constant([]) : fc.array(shape(depth - 1), { maxLength: 4 });
  const cells = ["A", "B", "C"];
  const value = fc.option(fc.bigInt({ min: 0n, max: 2n ** 70n }), { nil: undefined });

  const arb = fc
    .integer({ min: 1, max: 4 })
    .chain((depth) => shape(depth))
    .chain((root) => {
      const roster: RosterNode[] = [];
      const leafIds: number[] = [];
      const under = new Map<number, number[]>();
      const walk = (kids: Shape, parent: number | null): number[] => {
        const id = roster.length + 1;
        roster.push(node(id, `U${String(id).padStart(4, "0")}`, kids.length ? "city" : "county", parent));
        const below = kids.length ? kids.flatMap((k) => walk(k, id)) : [id];
        if (!kids.length) leafIds.push(id);
        under.set(id, below);
        return below;
      };
      walk(root, null);
      const leafValues = fc.array(fc.tuple(value, value, value), { minLength: leafIds.length, maxLength: leafIds.length });
      return fc.tuple(fc.constant({ roster, leafIds, under }), leafValues, fc.boolean());
    });

  test("every node totals the leaves under it; parents total their children; nothing negative", () => {
    fc.assert(
      fc.property(arb, ([{ roster, leafIds, under }, vals, reverse]) => {
        const leafValues = new Map<number, CellValues>(
          leafIds.map((id, i) => [id, Object.fromEntries(cells.flatMap((c, j) => (vals[i]![j] === undefined ? [] : [[c, vals[i]![j]!]])))]),
        );
        const tree = buildTree(reverse ? [...roster].reverse() : roster);
        const totals = aggregateTree(tree, leafValues);
        expect(totals.size).toEqual(roster.length);
        for (const n of roster) {
          // The leaves under n, summed independently of the library.
          const expected: CellValues = {};
          for (const leaf of under.get(n.orgId)!) {
            for (const [c, v] of Object.entries(leafValues.get(leaf)!)) expected[c] = (expected[c] ?? 0n) + v;
          }
          expect(totals.get(n.orgId)).toEqual(expected);
          const kids = roster.filter((k) => k.parentOrgId === n.orgId);
          if (kids.length) {
            for (const c of cells) {
              const parts = kids.map((k) => totals.get(k.orgId)![c]).filter((v) => v !== undefined);
              expect(totals.get(n.orgId)![c]).toEqual(parts.length ? parts.reduce((s, v) => s! + v!, 0n) : undefined);
            }
          }
          expect(Object.values(totals.get(n.orgId)!).every((v) => v >= 0n)).toBe(true);
        }
        const root = roster[0]!;
        for (const c of cells) {
          const all = leafIds.map((id) => leafValues.get(id)![c]).filter((v) => v !== undefined);
          expect(totals.get(root.orgId)![c]).toEqual(all.length ? all.reduce((s, v) => s! + v!, 0n) : undefined);
        }
      }),
    );
  });
});
