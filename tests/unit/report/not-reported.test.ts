import { describe, expect, test } from "vitest";
import { aggregateTree, buildTree, withoutPartialCells, type RosterNode } from "@/lib/org-tree";
import { evaluateFigure } from "@/lib/figures";
import { buildReportDocument, printSections, runsText } from "@/lib/report";
import { countedTotals } from "@/lib/workflow";
import type { CellValues } from "@/lib/values";
import { ORGS_2021, synthetic2021, TEMPLATE_2021 as t } from "./synthetic-2021";

/**
 * Cells beyond the official table (2021 F1–F3) that a history table does not report (issue 11
 * item 3): a total over units one of which lacks them is not reported, a figure built on them is
 * not stated (null, never 0), the sentence built on it is left out, and the official table
 * printed in a report never shows them.
 */
const data = synthetic2021();
const ids = new Map(ORGS_2021.map((o, i) => [o.code, i + 1]));
const roster: RosterNode[] = ORGS_2021.map((o) => ({ orgId: ids.get(o.code)!, code: o.code, name: o.name, kind: o.kind, parentOrgId: o.parent ? ids.get(o.parent)! : null }));
const tree = buildTree(roster);
const id = (code: string) => ids.get(code)!;
const F = ["F1", "F2", "F3"];
const withoutF = (v: CellValues) => Object.fromEntries(Object.entries(v).filter(([c]) => !F.includes(c)));

/** Leaf values with F1–F3 removed for the given units. */
function leafValues(lacking: string[]): Map<number, CellValues> {
  return new Map([...data[2021]].map(([code, v]) => [id(code), lacking.includes(code) ? withoutF(v) : v]));
}
const allApproved = new Map(roster.map((n) => [n.orgId, "approved" as const]));
const totalsOf = (values: Map<number, CellValues>) => {
  const count = (v: ReadonlyMap<number, CellValues>) => countedTotals(tree, allApproved, v, ["approved"]);
  return withoutPartialCells(count(values), values, F, count);
};

describe("a node's total of a cell some counted unit did not report", () => {
  test.each([
    { label: "every unit reported F: every node has F totals", lacking: [], withF: ["990000", "990200", "990201", "990000-01"], noF: [] },
    { label: "a 区 lacks F: it, its 市 and the province have none; the others keep theirs", lacking: ["990201"], withF: ["990202", "990000-01", "990100"], noF: ["990201", "990200", "990000"] },
    { label: "a department lacks F: the province has none, 乙市 keeps its", lacking: ["990000-02"], withF: ["990200", "990201"], noF: ["990000-02", "990000"] },
  ])("$label", ({ lacking, withF, noF }) => {
    const totals = totalsOf(leafValues(lacking));
    for (const code of withF) for (const f of F) expect(totals.get(id(code))![f], `${code} ${f}`).toBeDefined();
    for (const code of noF) for (const f of F) expect(totals.get(id(code))![f], `${code} ${f}`).toBeUndefined();
    // Official cells are summed as always.
    const plain = countedTotals(tree, allApproved, leafValues(lacking), ["approved"]);
    expect(totals.get(id("990000"))!["R1.tot"]).toEqual(plain.get(id("990000"))!["R1.tot"]);
  });

  test("where all units report F the total is their exact sum", () => {
    const totals = totalsOf(leafValues([]));
    expect(totals.get(id("990200"))!.F2).toEqual(data[2021].get("990201")!.F2! + data[2021].get("990202")!.F2!);
  });

  test("a unit without any data lacks nothing (it is simply not counted)", () => {
    const values = leafValues([]);
    values.set(id("990202"), {});
    expect(totalsOf(values).get(id("990200"))!.F1).toEqual(data[2021].get("990201")!.F1);
  });

  test("the default is unchanged for other uses: aggregateTree still adds what is there", () => {
    expect(aggregateTree(tree, leafValues(["990201"])).get(id("990200"))!.F1).toEqual(data[2021].get("990202")!.F1);
  });
});

describe("figures and sentences on a cell that is not reported", () => {
  const values = withoutF(data[2021].get("990000-01")!);
  const fee = t.figures.find((f) => f.id === "fee_notices")!;

  test.each([
    { label: "not reported: null, not 0", current: values, stated: false },
    { label: "reported as 0: a figure of 0", current: { ...values, F1: 0n, F2: 0n, F3: 0n }, stated: true },
  ])("fee_notices: $label", ({ current, stated }) => {
    const f = evaluateFigure(fee, { template: t, current });
    if (stated) expect(f).toMatchObject({ kind: "value", value: { value: 0n } });
    else expect(f).toBeNull();
  });

  test("a blank official cell still counts as 0 in a figure (as before)", () => {
    const f = evaluateFigure(t.figures.find((x) => x.id === "apply_new")!, { template: t, current: {} });
    expect(f).toMatchObject({ kind: "value", value: { value: 0n } });
  });

  const body = (current: CellValues) => {
    const doc = buildReportDocument({ template: t, year: 2021, orgCode: "990000-01", tree, totals: new Map([[id("990000-01"), current]]), previous: null, fields: { unitName: "省人民政府办公厅", scope: "本机关" } });
    return doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : [])).join("\n");
  };

  test.each([
    { label: "F not reported: no fee sentence at all", current: values, expect: [] as string[], never: ["收费通知", "信息处理费"] },
    { label: "F reported as 0: the sentence of none", current: { ...values, F1: 0n, F2: 0n, F3: 0n }, expect: ["信息处理费"], never: [] },
    { label: "F reported: the sentence with its figures", current: { ...values, F1: 2n, F2: 12345n, F3: 10000n }, expect: ["发出收费通知2件", "123.45元", "100.00元"], never: [] },
  ])("part 六: $label", ({ current, expect: present, never }) => {
    const text = body(current);
    for (const s of present) expect(text).toContain(s);
    for (const s of never) expect(text).not.toContain(s);
  });
});

describe("the official table in a report", () => {
  const sections = t.sections.map((s) => s.id);
  const printed = printSections(t, sections, data[2021].get("990000-01")!);

  test("never shows the cells beyond it, even when every section is asked for", () => {
    expect(sections).toContain("s6");
    expect(printed.map((p) => p.id)).toEqual(["P1", "P5", "P6", "P8", "apply", "review"]);
    const texts = printed.flatMap((p) => [...p.header.flat(), ...p.body.flatMap((r) => r.cells)].map((c) => c?.text ?? ""));
    for (const word of ["信息处理费", "发出收费通知件数", "收费通知金额", "实际收取金额"]) expect(texts.join("|")).not.toContain(word);
  });

  test("prints 200 values (every cell filled), the official count", () => {
    const values = printed.flatMap((p) => {
      const n = p.columns.filter((c) => c.role === "value").length;
      return p.body.flatMap((r) => (r.heading ? [] : r.cells.slice(-n).filter((c) => c && c.text !== "")));
    });
    expect(values.length).toBe(200);
  });
});
