import { describe, expect, test } from "vitest";
import { compileTemplate, computeSums, evaluateRules, getTemplate, templateIds, type CellValues, type Template, type TemplateDef } from "@/lib";
import { cellAddress, checkFormula, checkResult, rangeAddress, scaleIn, sheetChecks, sheetLayout, sumFormula, sumResult, type LayoutItem } from "@/lib/xlsx-layout";

/** A later template, made up here: a list with a signed amount, a grid with an omitted cell and spanning row labels. */
const later = compileTemplate({
  id: "made-up-2030",
  name: "假设的2030年统计表",
  defaults: { unit: "件", scale: 0 },
  sections: [
    {
      id: "a",
      title: "一、清单",
      tables: [
        {
          id: "L",
          layout: "list",
          columns: [{ label: "数量" }],
          rows: [
            { code: "H", label: "（一）标题行", heading: true },
            { code: "X", label: "合计", meta: { note: "等于下两项之和。" } },
            { code: "X1", label: "其中甲", indent: 1 },
            { code: "X2", label: "其中乙", indent: 1 },
            { code: "M", label: "差额（万元）", meta: { unit: "万元", scale: 2, signed: true, note: "可为负数。" } },
          ],
        },
      ],
    },
    {
      id: "b",
      title: "二、网格",
      tables: [
        {
          id: "G",
          layout: "grid",
          columns: [{ label: "甲", code: "a" }, { label: "乙", code: "b" }, { label: "合计", code: "t" }],
          rows: [{ label: "分组", children: [{ label: "第一行", code: "R1" }, { label: "第二行", code: "R2" }] }, { label: "总计", code: "RT" }],
          omit: ["R2.b"],
        },
      ],
    },
  ],
  rules: [
    { id: "x", kind: "linear", severity: "hard", computes: true, label: "合计等于甲乙之和", lhs: [{ cell: "X" }], op: "=", rhs: [{ cell: "X1" }, { cell: "X2" }] },
    { id: "row", kind: "linear", severity: "hard", computes: true, label: "行合计", forEach: { table: "G", over: "rows", only: ["R1", "RT"] }, lhs: [{ cell: "{row}.t" }], op: "=", rhs: [{ cell: "{row}.a" }, { cell: "{row}.b" }] },
    { id: "col", kind: "linear", severity: "hard", label: "总计不少于第一行", forEach: { table: "G", over: "columns", only: ["a"] }, lhs: [{ cell: "RT.{col}" }], op: ">=", rhs: [{ cell: "R1.{col}" }] },
    { id: "cross", kind: "linear", severity: "hard", label: "甲不超过清单合计", lhs: [{ cell: "RT.a" }], op: "<=", rhs: [{ cell: "X", coef: 2 }] },
    { id: "imp", kind: "implies", severity: "hard", label: "有差额须有合计", when: [{ cell: "M" }], then: [{ cell: "X" }] },
    { id: "w", kind: "linear", severity: "warning", label: "只是提醒", lhs: [{ cell: "X1" }], op: "<=", rhs: [{ cell: "X2" }] },
  ],
  figures: [],
} satisfies TemplateDef);

const templates: { label: string; t: Template }[] = [...templateIds.map((id) => ({ label: id, t: getTemplate(id) })), { label: "a later template (made up)", t: later }];

const refsIn = (formula: string) => [...formula.replaceAll(/"[^"]*"/g, "").matchAll(/\b([A-Z]{1,3}\d+)\b/g)].map((m) => m[1]!);

function covers(item: LayoutItem): string[] {
  const out: string[] = [];
  for (let r = item.row; r < item.row + item.rowSpan; r++) for (let c = item.col; c < item.col + item.colSpan; c++) out.push(cellAddress(r, c));
  return out;
}

/** Deterministic pseudo-random values for every typed cell (some blank), sums as the form computes them. */
function someValues(t: Template, seed: number, blankEvery = 0): CellValues {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const v: CellValues = {};
  t.cells.forEach((c, i) => {
    if (c.computed || (blankEvery && i % blankEvery === 0)) return;
    v[c.code] = BigInt(next() % 5) * (c.signed && next() % 2 ? -1n : 1n);
  });
  return computeSums(t, v);
}

describe.each(templates)("the Excel sheet of $label", ({ t }) => {
  const layout = sheetLayout(t);
  const values = layout.items.filter((i) => i.kind === "value");
  const valueAddresses = new Set(values.map((i) => cellAddress(i.row, i.col)));

  test("every cell of the template has exactly one value address and one 上年数 address, all distinct", () => {
    expect(values.map((i) => i.code).sort()).toEqual(t.cells.map((c) => c.code).sort());
    expect(valueAddresses.size).toBe(t.cells.length);
    for (const c of t.cells) expect(valueAddresses.has(layout.addressOf(c.code))).toBe(true);
    const refs = new Set(t.cells.map((c) => layout.referenceAddressOf(c.code)));
    expect(refs.size).toBe(t.cells.length);
    expect([...refs].filter((a) => valueAddresses.has(a))).toEqual([]);
  });

  test("no two items overlap and none leaves the sheet's columns", () => {
    const seen = new Map<string, string>();
    for (const item of layout.items) {
      for (const a of covers(item)) {
        expect(seen.get(a), `${a} in ${rangeAddress(item)} and ${seen.get(a)}`).toBeUndefined();
        seen.set(a, rangeAddress(item));
      }
      expect(item.col + item.colSpan - 1).toBeLessThanOrEqual(layout.columns);
      expect(item.row + item.rowSpan - 1).toBeLessThanOrEqual(layout.rows);
    }
  });

  test("the title, unit name, code and year sit at the same cells for every template", () => {
    expect(layout.items.find((i) => i.row === 1 && i.col === 1)).toMatchObject({ kind: "text", role: "title", text: t.name });
    expect(layout.meta).toEqual({ unitName: "B2", orgCode: "B3", year: "B4" });
  });

  test("sums and 校验 formulas read value cells only; each sum is a formula of its parts", () => {
    for (const item of layout.items) {
      const formula = item.kind === "value" && item.sum ? sumFormula(item.sum, layout.addressOf) : item.kind === "check" ? checkFormula(item.checks, layout.addressOf) : null;
      if (!formula) continue;
      const refs = refsIn(formula);
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.filter((a) => !valueAddresses.has(a)), formula).toEqual([]);
    }
    expect(values.filter((i) => i.sum).map((i) => i.code).sort()).toEqual(t.cells.filter((c) => c.computed).map((c) => c.code).sort());
  });

  test("every hard rule the sheet can check is in exactly one 校验 cell", () => {
    const placed = layout.items.flatMap((i) => (i.kind === "check" ? i.checks.map((c) => c.key) : []));
    expect(placed.sort()).toEqual(sheetChecks(t).map((c) => c.key).sort());
    expect(sheetChecks(t).length).toBeGreaterThan(0);
  });

  test("every 填报说明 is on the sheet as a note", () => {
    const notes = new Set(layout.items.flatMap((i) => ("note" in i && i.note ? [i.note] : [])));
    for (const c of t.cells) if (c.note) expect(notes.has(c.note), c.code).toBe(true);
  });

  test.each([1, 2, 3, 4])("cached results agree with lib/rules (values set %i)", (seed) => {
    const v = someValues(t, seed, seed === 4 ? 3 : 0);
    const scaleOf = scaleIn(t);
    for (const item of values) if (item.sum) expect(sumResult(item.sum, v, scaleOf)).toBe(v[item.code]);
    const broken = new Set(evaluateRules(t, v, {}).filter((i) => i.severity === "hard").map((i) => i.key));
    for (const item of layout.items) {
      if (item.kind !== "check") continue;
      const result = checkResult(item.checks, v, scaleOf);
      const firstBroken = item.checks.find((c) => broken.has(c.key));
      expect(result).toBe(firstBroken ? `不通过：${firstBroken.label}` : item.checks.some((c) => [c.kind === "linear" ? [...c.lhs, ...c.rhs] : [...c.when, ...c.then]].flat().some((x) => v[x.cell] !== undefined)) ? "通过" : "");
    }
  });
});

test("三's 25 x 7 grid: last year's values in a block of the same shape below it, 校验 beside each row and under each column", () => {
  const t = getTemplate("gov-disclosure-2021");
  const layout = sheetLayout(t);
  const r1 = layout.addressOf("R1.np");
  const ref = layout.referenceAddressOf("R1.np");
  expect(ref.replace(/\d+/, "")).toBe(r1.replace(/\d+/, ""));
  expect(Number(ref.replace(/\D+/, ""))).toBeGreaterThan(Number(layout.addressOf("R4.tot").replace(/\D+/, "")));
  const checks = layout.items.filter((i) => i.kind === "check");
  expect(checks.find((i) => i.kind === "check" && i.checks.some((c) => c.key === "requester_sum[R1]"))?.row).toBe(Number(r1.replace(/\D+/, "")));
  expect(checks.find((i) => i.kind === "check" && i.checks.some((c) => c.key === "balance[np]"))?.col).toBe(layout.items.find((i) => i.kind === "value" && i.code === "R1.np")!.col);
  // The 2018 list: 上年数 in the column beside the value.
  const l18 = sheetLayout(getTemplate("gov-disclosure-2018"));
  expect(l18.referenceAddressOf("A1")).toBe("D" + l18.addressOf("A1").slice(1));
});
