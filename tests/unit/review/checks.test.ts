import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import { carryRules, continuity, countWarnings } from "@/lib/review";
import type { CellValues } from "@/lib/values";

const t18 = getTemplate("gov-disclosure-2018");
const t21 = getTemplate("gov-disclosure-2021");
const COLS = ["np", "biz", "res", "ngo", "law", "oth", "tot"];
/** 2021 values whose 上年结转 (R2) per column is `carried`. */
const carried = (n: bigint): CellValues => Object.fromEntries(COLS.map((c) => [`R2.${c}`, c === "tot" ? n * 6n : n]));
const carriedOut = (n: bigint): CellValues => Object.fromEntries(COLS.map((c) => [`R4.${c}`, c === "tot" ? n * 6n : n]));

describe("countWarnings", () => {
  it.each([
    { label: "nothing fires", values: { C1: 10n, C2: 10n }, explanations: {}, expected: { count: 0, explained: 0 } },
    { label: "one warning, unexplained", values: { C1: 10n, C2: 8n }, explanations: {}, expected: { count: 1, explained: 0 } },
    { label: "one warning, explained", values: { C1: 10n, C2: 8n }, explanations: { "C2-eq-C1": "两件申请跨年办结" }, expected: { count: 1, explained: 1 } },
    { label: "a blank explanation does not count", values: { C1: 10n, C2: 8n }, explanations: { "C2-eq-C1": "  " }, expected: { count: 1, explained: 0 } },
    { label: "an explanation of a warning no longer firing does not count", values: { C1: 10n, C2: 10n }, explanations: { "C2-eq-C1": "x" }, expected: { count: 0, explained: 0 } },
  ])("$label", ({ values, explanations, expected }) => {
    expect(countWarnings(t18, values, explanations as Record<string, string>)).toEqual(expected);
  });

  it("year-on-year warnings need last year's values and honour the cycle's threshold", () => {
    const values = { A1: 1000n };
    expect(countWarnings(t18, values, {}, null).count).toBe(0);
    expect(countWarnings(t18, values, {}, { A1: 100n }).count).toBe(1);
    expect(countWarnings(t18, values, {}, { A1: 100n }, { factorNum: 20n, factorDen: 1n, minimum: 100n }).count).toBe(0);
  });

  it("hard errors are not warnings", () => {
    expect(countWarnings(t18, { "B2.1": 1n, "B2.1a": 5n }, {}).count).toBe(0);
  });
});

describe("continuity (结转)", () => {
  it("finds the carry rules: 2021 has them, 2018 none", () => {
    expect(carryRules(t21).map((r) => r.ruleId)).toEqual([...COLS.map(() => "carry"), "p1_valid", "p1_valid"]);
    expect(carryRules(t18)).toEqual([]);
  });

  it.each([
    { label: "no previous data", template: t21, values: carried(3n), previous: null, state: "no-previous" },
    { label: "carried over as last year said", template: t21, values: carried(3n), previous: carriedOut(3n), state: "continuous" },
    { label: "carried over differently", template: t21, values: carried(3n), previous: carriedOut(4n), state: "broken" },
    { label: "last year left the carry blank", template: t21, values: carried(3n), previous: {}, state: "broken" },
    { label: "2018: data exists, nothing to carry", template: t18, values: { A1: 1n }, previous: { A1: 1n }, state: "continuous" },
  ])("$label → $state", ({ template, values, previous, state }) => {
    expect(continuity(template, values, previous).state).toBe(state);
  });

  it("names the broken rule with the difference", () => {
    const c = continuity(t21, carried(3n), { ...carriedOut(3n), "R4.np": 5n });
    expect(c.state).toBe("broken");
    expect(c.state === "broken" && c.broken).toHaveLength(1);
    expect(c.state === "broken" && c.broken[0]).toMatch(/相差2/);
  });
});
