import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTree, drillDown, flattenDrill, type DrillNode, type RosterNode } from "@/lib/org-tree";
import type { CellValues } from "@/lib/values";

const ROSTER: RosterNode[] = [
  { orgId: 1, code: "R", name: "自治区", kind: "region", parentOrgId: null },
  { orgId: 2, code: "D1", name: "区发改委", kind: "department", parentOrgId: 1 },
  { orgId: 3, code: "D2", name: "区教育厅", kind: "department", parentOrgId: 1 },
  { orgId: 4, code: "L1", name: "呼和浩特市", kind: "league_city", parentOrgId: 1 },
  { orgId: 5, code: "L2", name: "包头市", kind: "league_city", parentOrgId: 1 },
  { orgId: 6, code: "L1C1", name: "新城区", kind: "county", parentOrgId: 4 },
  { orgId: 7, code: "L1C2", name: "回民区", kind: "county", parentOrgId: 4 },
  { orgId: 8, code: "L2C1", name: "昆都仑区", kind: "county", parentOrgId: 5 },
];
const tree = buildTree(ROSTER);
const CELL = "X1";
const leaves = (entries: [number, bigint][]) => new Map(entries.map(([id, v]) => [id, { [CELL]: v } as CellValues]));
const shape = (n: DrillNode): unknown => [n.code, n.value, n.share, n.children.map(shape)];

describe("drillDown", () => {
  it("lists the contributors by value descending (ties by code), with subtotals and shares", () => {
    const d = drillDown(tree, 1, CELL, 0, leaves([[2, 5n], [3, 5n], [6, 1200n], [7, 0n], [8, 300n]]))!;
    expect(shape(d)).toEqual([
      "R",
      1510n,
      "100.00",
      [
        ["L1", 1200n, "79.47", [["L1C1", 1200n, "79.47", []], ["L1C2", 0n, "0.00", []]]],
        ["L2", 300n, "19.87", [["L2C1", 300n, "19.87", []]]],
        ["D1", 5n, "0.33", []],
        ["D2", 5n, "0.33", []],
      ],
    ]);
    expect(d.text).toBe("1,510");
    expect(d.leaves).toBe(5);
  });

  it("leaves out units with nothing counted (a blank cell is no contribution, a typed 0 is)", () => {
    const d = drillDown(tree, 1, CELL, 0, new Map<number, CellValues>([[2, { [CELL]: 3n }], [6, {}], [8, { OTHER: 9n }]]))!;
    expect(shape(d)).toEqual(["R", 3n, "100.00", [["D1", 3n, "100.00", []]]]);
  });

  it("a total of 0 has no shares; a node with no contributor is an empty root", () => {
    expect(drillDown(tree, 4, CELL, 0, leaves([[6, 0n]]))!.share).toBeNull();
    expect(shape(drillDown(tree, 5, CELL, 0, new Map())!)).toEqual(["L2", 0n, null, []]);
    expect(drillDown(tree, 99, CELL, 0, new Map())).toBeNull();
  });

  it("prints amounts at the cell's scale with separators, exactly past 2^53", () => {
    const big = 2n ** 60n;
    const d = drillDown(tree, 4, CELL, 2, leaves([[6, big], [7, 1n]]))!;
    expect(d.value).toBe(big + 1n);
    expect(d.text).toBe("11,529,215,046,068,469.77");
  });

  it("property: every compiling node's value is the sum of its children's; the root's is the sum of the leaves", () => {
    const leafIds = [2, 3, 6, 7, 8];
    fc.assert(
      fc.property(fc.array(fc.option(fc.bigInt({ min: 0n, max: 10n ** 15n }), { nil: undefined }), { minLength: 5, maxLength: 5 }), (vals) => {
        const map = new Map<number, CellValues>();
        vals.forEach((v, i) => map.set(leafIds[i]!, v === undefined ? {} : { [CELL]: v }));
        const d = drillDown(tree, 1, CELL, 0, map)!;
        for (const n of flattenDrill(d)) {
          if (!n.leaf && n.children.length) expect(n.value).toBe(n.children.reduce((s, c) => s + c.value, 0n));
          for (let i = 1; i < n.children.length; i++) {
            const [a, b] = [n.children[i - 1]!, n.children[i]!];
            expect(a.value > b.value || (a.value === b.value && a.code < b.code)).toBe(true);
          }
        }
        const leafSum = vals.reduce<bigint>((s, v) => s + (v ?? 0n), 0n);
        expect(d.value).toBe(leafSum);
        expect(flattenDrill(d).filter((n) => n.leaf).length).toBe(vals.filter((v) => v !== undefined).length);
      }),
    );
  });
});
