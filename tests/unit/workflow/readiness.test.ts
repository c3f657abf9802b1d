import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import { readiness, readinessRefusal } from "@/lib/workflow";
import { loadTotals } from "../helpers/imar";

const t = getTemplate("gov-disclosure-2018");
const seed = loadTotals(t, 2018);

describe("readiness", () => {
  it("the seed's totals are complete and pass the hard rules, but trip warnings", () => {
    const r = readiness(t, seed, {});
    expect(r.missing).toEqual([]);
    expect(r.hard).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.unexplained).toEqual(r.warnings);
    expect(r.ready).toBe(false);
    expect(readinessRefusal(r)).toMatch(/尚未说明原因/);
  });

  it("is ready once every warning has a non-blank explanation", () => {
    const warnings = readiness(t, seed, {}).warnings;
    const all = Object.fromEntries(warnings.map((w) => [w.key, "渠道统计口径不同"]));
    expect(readiness(t, seed, all)).toMatchObject({ ready: true, unexplained: [] });
    expect(readinessRefusal(readiness(t, seed, all))).toBeNull();
    const blank = { ...all, [warnings[0]!.key]: "   " };
    expect(readiness(t, seed, blank).unexplained.map((w) => w.key)).toEqual([warnings[0]!.key]);
  });

  it("reports a blank required cell as missing", () => {
    const cell = t.cells.find((c) => !c.optional && !c.computed)!;
    const values = { ...seed };
    delete values[cell.code];
    const r = readiness(t, values, {});
    expect(r.missing).toContain(cell.code);
    expect(r.ready).toBe(false);
    expect(readinessRefusal(r)).toMatch(/未填写/);
  });

  it("reports a sum that disagrees with its parts as hard (values are taken as stored)", () => {
    const sum = t.sums[0]!;
    if (sum.kind !== "linear") throw new Error("expected a linear sum");
    const target = sum.lhs[0]!.cell;
    const r = readiness(t, { ...seed, [target]: seed[target]! + 1n }, {});
    expect(r.hard.map((i) => i.cells)).toContainEqual(expect.arrayContaining([target]));
    expect(readinessRefusal(r)).toMatch(/未通过审核规则/);
  });

  it("adds year-on-year warnings against the previous year", () => {
    const previous = Object.fromEntries(Object.entries(seed).map(([k, v]) => [k, v * 10n]));
    const withPrev = readiness(t, seed, {}, previous, { factorNum: 3n, factorDen: 1n, minimum: 100n });
    expect(withPrev.warnings.length).toBeGreaterThan(readiness(t, seed, {}).warnings.length);
  });
});
