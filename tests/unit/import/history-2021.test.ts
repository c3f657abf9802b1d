import { describe, test, expect } from "vitest";
import { buildTree, type RosterNode } from "@/lib/org-tree";
import { validateSubmissionImport, type ImportInput, type ImportProblem } from "@/lib/import";
import { formatScaled, type CellValues } from "@/lib/values";
import { ORGS_2021, synthetic2021, TEMPLATE_2021 as t } from "../report/synthetic-2021";

/**
 * Real 2021 history (issue 11 item 3): a published table has the official 200 cells only. The
 * cells beyond it (F1–F3, `official: false`) may be left out of the file and are then not
 * reported (no value, never 0); any other missing column is still refused. A compiling unit's
 * own published table goes in with `compiled` (history for year-on-year only).
 */
const roster: RosterNode[] = ORGS_2021.map((o, i) => ({ orgId: i + 1, code: o.code, name: o.name, kind: o.kind, parentOrgId: null }));
for (const [i, o] of ORGS_2021.entries()) roster[i]!.parentOrgId = o.parent ? roster.find((r) => r.code === o.parent)!.orgId : null;
const tree = buildTree(roster);
const orgId = (code: string) => tree.byCode.get(code)!.orgId;
const data = synthetic2021()[2020];

const official = t.cells.filter((c) => c.official).map((c) => c.code);
const all = t.cells.map((c) => c.code);

function file(columns: string[], units: [string, CellValues][], blank: string[] = []): Pick<ImportInput, "header" | "rows"> {
  return {
    header: ["org_code", ...columns],
    rows: units.map(([code, v]) => [code, ...columns.map((c) => (blank.includes(c) ? "" : formatScaled(v[c]!, t.cell(c)!.scale)))]),
  };
}

const input = (over: Partial<ImportInput>): ImportInput => ({ template: t, tree, year: 2020, header: [], rows: [], targetStatus: "approved", existing: new Map(), ...over });
const problems = (over: Partial<ImportInput>): ImportProblem[] => {
  const r = validateSubmissionImport(input(over));
  if (r.ok) throw new Error("expected the import to be refused");
  return r.problems;
};

describe("a published 2021 table without F1–F3", () => {
  test("has 200 columns and imports every unit; F1–F3 are not reported, never 0", () => {
    expect(official.length).toBe(200);
    expect(all.filter((c) => !official.includes(c))).toEqual(["F1", "F2", "F3"]);
    const r = validateSubmissionImport(input(file(official, [...data])));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.items.map((i) => i.orgCode)).toEqual([...data.keys()]);
    for (const item of r.items) {
      expect(Object.keys(item.values).sort()).toEqual([...official].sort());
      for (const f of ["F1", "F2", "F3"]) expect(item.values[f]).toBeUndefined();
      // The fee rules are skipped for the unit (not failed): no issue names an F cell.
      expect(item.warnings.flatMap((w) => w.cells).filter((c) => c.startsWith("F"))).toEqual([]);
    }
  });

  test.each([
    { label: "an official column missing is refused in Chinese", columns: official.filter((c) => c !== "P5.license"), message: "缺少列 P5.license（行政许可处理决定）" },
    { label: "an official grid column missing", columns: official.filter((c) => c !== "AR.upheld"), message: "缺少列 AR.upheld（行政复议·结果维持）" },
  ])("$label", ({ columns, message }) => {
    expect(problems(file(columns, [...data])).map((p) => p.message)).toContain(message);
  });

  test("only some of F1–F3 given: the others are not reported", () => {
    const r = validateSubmissionImport(input(file([...official, "F1"], [...data])));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.items[0]!.values.F1).toEqual(data.get(r.items[0]!.orgCode)!.F1);
    expect(r.items[0]!.values.F2).toBeUndefined();
  });

  test("an F column the file carries must be filled, as the form requires", () => {
    const unit = [...data][0]!;
    expect(problems(file(all, [unit], ["F2"])).map((p) => p.message)).toEqual(["收费通知金额（F2）未填写"]);
  });

  test("the full 203-column file still imports F1–F3 with their values", () => {
    const r = validateSubmissionImport(input(file(all, [...data])));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    for (const item of r.items) expect(item.values.F3).toEqual(data.get(item.orgCode)!.F3);
  });
});

describe("compiled history (a compiling unit's own published table)", () => {
  const compiledRow = (code: string): [string, CellValues] => [code, data.get("990201")!];

  test.each([
    { label: "a compiling unit is refused without compiled", code: "990200", compiled: false, existing: [], message: "乙市（990200）汇总下级单位的数据，不能直接导入，请导入其下级单位" },
    { label: "a leaf is refused with compiled", code: "990201", compiled: true, existing: [], message: "乙市东区（990201）没有下级单位，不是汇总单位：其数据请不带 --compiled 导入" },
    {
      label: "a compiling unit with approved data below is refused with compiled",
      code: "990200",
      compiled: true,
      existing: ["990202"],
      message: "乙市（990200）的下级单位已有审核通过的数据，其汇总结果由系统汇总得出，不能再导入已发布的汇总表",
    },
  ])("$label", ({ code, compiled, existing, message }) => {
    const got = problems({ ...file(official, [compiledRow(code)]), compiled, existing: new Map(existing.map((c) => [orgId(c), "approved"])) });
    expect(got.map((p) => p.message)).toEqual([message]);
  });

  test.each([
    { label: "a 市 whose units have no approved data", code: "990200", existing: [["990201", "submitted"]] as [string, string][] },
    { label: "the root", code: "990000", existing: [] as [string, string][] },
  ])("accepted: $label", ({ code, existing }) => {
    const r = validateSubmissionImport(input({ ...file(official, [compiledRow(code)]), compiled: true, existing: new Map(existing.map(([c, s]) => [orgId(c), s])) }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.items.map((i) => [i.orgCode, i.orgId])).toEqual([[code, orgId(code)]]);
  });
});

describe("the unit's attributes reach the rules", () => {
  const unit: [string, CellValues] = ["990000-02", { ...data.get("990000-02")!, "P1.reg.issued": 2n, "P1.reg.valid": data.get("990000-02")!["P1.reg.valid"]! + 2n }];
  const regWarnings = (attrs?: Map<number, { rule_making: boolean }>) => {
    const r = validateSubmissionImport(input({ ...file(official, [unit]), orgAttributes: attrs }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.items[0]!.warnings.filter((w) => w.key === "reg_rule_making").length;
  };
  test.each([
    { label: "without 规章制定权: a warning", attrs: new Map([[orgId("990000-02"), { rule_making: false }]]), count: 1 },
    { label: "with 规章制定权: none", attrs: new Map([[orgId("990000-02"), { rule_making: true }]]), count: 0 },
    { label: "attributes not given: not checked", attrs: undefined, count: 0 },
  ])("$label", ({ attrs, count }) => {
    expect(regWarnings(attrs)).toBe(count);
  });
});
