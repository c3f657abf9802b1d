import { describe, expect, it } from "vitest";
import { buildTree } from "@/lib";
import type { CellValues } from "@/lib/values";
import { canonicalData, dataSha256, dataUsed } from "@/lib/report-publication";

const tree = buildTree([
  { orgId: 1, code: "R", name: "自治区", kind: "region", parentOrgId: null },
  { orgId: 2, code: "B", name: "乙", kind: "department", parentOrgId: 1 },
  { orgId: 3, code: "A", name: "甲", kind: "department", parentOrgId: 1 },
]);
const totals = new Map<number, CellValues>([
  [1, { x: 3n, y: 5n }],
  [2, { y: 5n }],
  [3, { x: 3n }],
]);
const used = (t = totals, previous: Record<string, bigint> | null = { x: 1n }) => dataUsed({ templateId: "t", year: 2018, orgCode: "R", tree, totals: t, previous });

describe("the figures' fingerprint", () => {
  it("lists the node, then the units below by code, values as decimal strings", () => {
    expect(used().units.map((u) => u.code)).toEqual(["R", "A", "B"]);
    expect(used().units[0]!.values).toEqual({ x: "3", y: "5" });
  });

  it("does not depend on key order or names; does depend on every value and last year", () => {
    const reordered = new Map<number, CellValues>([...totals].map(([k, v]) => [k, Object.fromEntries(Object.entries(v).reverse())]));
    expect(dataSha256(used(reordered))).toBe(dataSha256(used()));
    const renamed = { ...used(), units: used().units.map((u) => ({ ...u, name: "新名" })) };
    expect(canonicalData(renamed)).toBe(canonicalData(used()));
    const changed = new Map(totals).set(2, { y: 6n });
    expect(dataSha256(used(changed))).not.toBe(dataSha256(used()));
    expect(dataSha256(used(totals, { x: 2n }))).not.toBe(dataSha256(used()));
    expect(dataSha256(used(totals, null))).toBe(dataSha256(used(totals, {})));
    expect(dataSha256(used())).toMatch(/^[0-9a-f]{64}$/);
  });
});
