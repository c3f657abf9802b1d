import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { carryOverPrefill, carryPairs, evaluateRules, explainableKeys, lineValues, predecessorLine, type LastYearUnit } from "@/lib/rules";
import { stillPrefilled, withPrefill } from "@/lib/form";
import type { CellValues } from "@/lib/values";

const t21 = getTemplate("gov-disclosure-2021");
const t18 = getTemplate("gov-disclosure-2018");
const COLS = ["np", "biz", "res", "ngo", "law", "oth"] as const;

/** Last year's 结转下年度 per requester column (and its total), as an approved submission holds it. */
function r4(per: Partial<Record<(typeof COLS)[number], bigint>>): CellValues {
  const out: CellValues = {};
  for (const c of COLS) out[`R4.${c}`] = per[c] ?? 0n;
  out["R4.tot"] = COLS.reduce((s, c) => s + out[`R4.${c}`]!, 0n);
  return out;
}

const approved = (values: CellValues): LastYearUnit => ({ status: "approved", values });

describe("carry pairs", () => {
  test("2021 carries R2 from last year's R4 in every requester column; 2018 carries nothing", () => {
    expect(carryPairs(t21)).toEqual([...COLS, "tot"].map((c) => ({ cell: `R2.${c}`, from: `R4.${c}`, ruleKey: `carry[${c}]` })));
    expect(carryPairs(t18)).toEqual([]);
  });

  test("every carry rule is a warning a unit may explain", () => {
    const keys = explainableKeys(t21);
    for (const p of carryPairs(t21)) expect(keys.has(p.ruleKey)).toBe(true);
    expect(t21.rules.filter((r) => r.ruleId === "carry").every((r) => r.severity === "warning")).toBe(true);
  });
});

describe("last year's values of a unit's line", () => {
  test.each([
    { label: "a plain unit: its own approved values", units: [approved(r4({ np: 5n }))], expected: r4({ np: 5n }) },
    {
      label: "a unit that took another over: the sum of both",
      units: [approved(r4({ np: 5n, biz: 1n })), approved(r4({ np: 2n, oth: 3n }))],
      expected: r4({ np: 7n, biz: 1n, oth: 3n }),
    },
    {
      label: "a new unit replacing two merged ones (it did not exist last year): their sum",
      units: [approved(r4({ res: 4n })), approved(r4({ res: 6n, law: 1n }))],
      expected: r4({ res: 10n, law: 1n }),
    },
    { label: "nobody of the line was on last year's roster", units: [], expected: null },
    { label: "last year not approved", units: [{ status: "submitted", values: r4({ np: 5n }) }], expected: null },
    { label: "last year never filled", units: [{ status: null, values: {} }], expected: null },
    { label: "one of the merged units not approved: no partial sum", units: [approved(r4({ np: 5n })), { status: "returned", values: r4({ np: 1n }) }], expected: null },
    {
      label: "a cell one of them left blank stays blank in the sum",
      units: [approved({ "R4.np": 1n, F1: 2n }), approved({ "R4.np": 2n })],
      expected: { "R4.np": 3n },
    },
  ])("$label", ({ units, expected }) => {
    expect(lineValues(units)).toEqual(expected);
  });

  test.each([
    { label: "no predecessor", links: {}, from: 1, line: [1] },
    { label: "one predecessor", links: { 1: 2 }, from: 1, line: [1, 2] },
    { label: "a chain of merges", links: { 1: 2, 2: 3 }, from: 1, line: [1, 2, 3] },
    { label: "a loop in the data stops", links: { 1: 2, 2: 1 }, from: 1, line: [1, 2] },
  ])("predecessor line: $label", ({ links, from, line }) => {
    expect(predecessorLine(from, (id) => (links as Record<number, number>)[id] ?? null)).toEqual(line);
  });
});

describe("the form's prefill", () => {
  test.each([
    {
      label: "a blank form: every requester column of R2 from last year's R4 (the total is computed)",
      saved: {},
      previous: r4({ np: 5n, biz: 2n }),
      expected: { "R2.np": 5n, "R2.biz": 2n, "R2.res": 0n, "R2.ngo": 0n, "R2.law": 0n, "R2.oth": 0n },
    },
    {
      label: "what the unit saved stays: only blank cells are filled",
      saved: { "R2.np": 9n, "R1.np": 3n },
      previous: r4({ np: 5n, biz: 2n }),
      expected: { "R2.biz": 2n, "R2.res": 0n, "R2.ngo": 0n, "R2.law": 0n, "R2.oth": 0n },
    },
    { label: "no last year: nothing", saved: {}, previous: null, expected: {} },
    { label: "last year without R4 (not reported): nothing", saved: {}, previous: { "R1.np": 4n }, expected: {} },
    {
      label: "a merged unit: the line's sum",
      saved: {},
      previous: lineValues([approved(r4({ np: 5n })), approved(r4({ np: 2n, oth: 1n }))]),
      expected: { "R2.np": 7n, "R2.biz": 0n, "R2.res": 0n, "R2.ngo": 0n, "R2.law": 0n, "R2.oth": 1n },
    },
    { label: "a merged unit whose predecessor was not approved: nothing", saved: {}, previous: lineValues([approved(r4({ np: 5n })), { status: "draft", values: {} }]), expected: {} },
  ])("$label", ({ saved, previous, expected }) => {
    expect(carryOverPrefill(t21, saved as CellValues, previous)).toEqual(expected);
  });

  test("2018 has no carry-over: nothing is prefilled", () => {
    expect(carryOverPrefill(t18, {}, { A1: 3n })).toEqual({});
  });

  test("the prefilled form raises no carry warning; changing one column does, with the difference", () => {
    const previous = r4({ np: 5n, biz: 2n });
    const prefilled = carryOverPrefill(t21, {}, previous);
    const carry = (values: CellValues) => evaluateRules(t21, values, { previous }).filter((i) => i.ruleId === "carry");
    const sum = (v: CellValues) => ({ ...v, "R2.tot": COLS.reduce((s, c) => s + (v[`R2.${c}`] ?? 0n), 0n) });
    expect(carry(sum(prefilled))).toEqual([]);
    expect(carry(sum({ ...prefilled, "R2.np": 4n })).map((i) => [i.key, i.message])).toEqual([
      ["carry[np]", "自然人·上年结转（R2.np）为4，上年自然人·结转下年度（R4.np）为5，相差1。如因机构改革、上年数据有误等原因不一致，请说明。"],
      ["carry[tot]", "总计·上年结转（R2.tot）为6，上年总计·结转下年度（R4.tot）为7，相差1。如因机构改革、上年数据有误等原因不一致，请说明。"],
    ]);
  });

  const prefill = { values: { "R2.np": "1,234", "R2.biz": "0" }, rows: ["R2"], note: "已按上年结转下年度数预填" };

  test.each([
    { label: "saved values win over the prefill", saved: { "R2.np": "7" }, expected: { "R2.np": "7", "R2.biz": "0" } },
    { label: "nothing saved: the prefill", saved: {}, expected: { "R2.np": "1,234", "R2.biz": "0" } },
  ])("starting texts: $label", ({ saved, expected }) => {
    expect(withPrefill(saved as Record<string, string>, prefill)).toEqual(expected);
    expect(withPrefill(saved as Record<string, string>, null)).toEqual(saved);
  });

  test.each([
    { label: "untouched", texts: { "R2.np": "1,234", "R2.biz": "0" }, still: ["R2.np", "R2.biz"] },
    { label: "the same number typed differently still counts", texts: { "R2.np": "1234", "R2.biz": "０" }, still: ["R2.np", "R2.biz"] },
    { label: "a changed cell is no longer prefilled", texts: { "R2.np": "1,233", "R2.biz": "0" }, still: ["R2.biz"] },
    { label: "a cleared cell is no longer prefilled", texts: { "R2.np": "", "R2.biz": "" }, still: [] },
  ])("cells still holding the prefill: $label", ({ texts, still }) => {
    expect([...stillPrefilled(t21, prefill, texts)].sort()).toEqual([...still].sort());
  });
});
