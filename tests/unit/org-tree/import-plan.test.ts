import { describe, expect, test } from "vitest";
import { planOrgImport, type ExistingOrg, type OrgImportRow } from "@/lib/org-tree";

const existing: ExistingOrg[] = [
  { code: "R", name: "区", kind: "region", parentCode: null, active: true },
  { code: "C1", name: "一市", kind: "league_city", parentCode: "R", active: true },
  { code: "X1", name: "一旗", kind: "county", parentCode: "C1", active: true },
  { code: "OLD", name: "旧局", kind: "department", parentCode: "R", active: false },
];

const row = (code: string, name: string, parentCode: string | null, kind = "department"): OrgImportRow => ({ code, name, parentCode, kind });

describe("planOrgImport", () => {
  test.each<{ label: string; rows: OrgImportRow[]; status: string[]; problems?: string[][] }>([
    { label: "a new unit under an existing one", rows: [row("D1", "一厅", "R")], status: ["add"] },
    { label: "a new unit under a unit later in the file", rows: [row("X2", "二旗", "C2", "county"), row("C2", "二市", "R", "league_city")], status: ["add", "add"] },
    { label: "an unchanged unit", rows: [row("C1", "一市", "R", "league_city")], status: ["same"] },
    { label: "a renamed unit", rows: [row("C1", "第一市", "R", "league_city")], status: ["change"] },
    { label: "a code twice", rows: [row("D1", "一厅", "R"), row("D1", "一厅", "R")], status: ["add", "refused"], problems: [[], ["单位代码 D1 在第 2 行已出现"]] },
    { label: "an unknown parent", rows: [row("D1", "一厅", "NOPE")], status: ["refused"], problems: [["上级单位代码 NOPE 既不在现有单位中，也不在导入文件中"]] },
    { label: "an inactive parent", rows: [row("D1", "一厅", "OLD")], status: ["refused"], problems: [["上级单位「旧局（OLD）」已停用"]] },
    { label: "its own parent", rows: [row("D1", "一厅", "D1")], status: ["refused"], problems: [["单位不能是自己的上级"]] },
    {
      label: "a city moved under its own county (a cycle)",
      rows: [row("C1", "一市", "X1", "league_city")],
      status: ["refused"],
      problems: [["上下级关系形成循环（单位成了自己的上级）"]],
    },
    { label: "a second root", rows: [row("R2", "另一区", null, "region")], status: ["refused"], problems: [["只能有一个根单位，请填写上级单位代码"]] },
    { label: "a bad kind", rows: [row("D1", "一厅", "R", "bureau")], status: ["refused"], problems: [["单位类型只能是 region、department、league_city、county、gov_office、township、dev_zone、vertical"]] },
  ])("$label", ({ rows, status, problems }) => {
    const plan = planOrgImport(existing, rows);
    expect(plan.items.map((i) => i.status)).toEqual(status);
    if (problems) expect(plan.items.map((i) => i.problems)).toEqual(problems);
    expect(plan.ok).toBe(!status.includes("refused"));
  });

  test("a change lists each field before and after", () => {
    const plan = planOrgImport(existing, [row("X1", "一区", "R", "department")]);
    expect(plan.items[0]!.changes).toEqual([
      { field: "name", before: "一旗", after: "一区" },
      { field: "kind", before: "county", after: "department" },
      { field: "parent", before: "C1", after: "R" },
    ]);
  });

  test("counts add up to the rows and lines count from 2 (the header is line 1)", () => {
    const plan = planOrgImport(existing, [row("D1", "一厅", "R"), row("C1", "一市", "R", "league_city"), row("D2", "二厅", "NOPE")]);
    expect(plan.counts).toEqual({ add: 1, change: 0, same: 1, refused: 1 });
    expect(plan.items.map((i) => i.line)).toEqual([2, 3, 4]);
  });

  test("an empty tree takes a file with one root", () => {
    const plan = planOrgImport([], [row("R", "区", null, "region"), row("D1", "一厅", "R")]);
    expect(plan.ok).toBe(true);
  });
});
