import { describe, expect, test } from "vitest";
import { isOrgHeader, validateOrgRows } from "@/lib/import";
import { planOrgImport, type ExistingOrg, type OrgImportRow } from "@/lib/org-tree";

/**
 * orgs.csv's optional fifth column `rule_making` (规章制定权, 1/0) after code,name,parent_code,kind:
 * the old four-column header stays valid; blank or absent says nothing (an existing unit keeps
 * its value, a new one has none).
 */
const FOUR = ["code", "name", "parent_code", "kind"];

describe("the header", () => {
  test.each([
    { label: "the old four columns", header: FOUR, ok: true },
    { label: "with rule_making", header: [...FOUR, "rule_making"], ok: true },
    { label: "another fifth column", header: [...FOUR, "wording"], ok: false },
    { label: "rule_making in the wrong place", header: ["code", "name", "rule_making", "parent_code", "kind"], ok: false },
    { label: "a sixth column", header: [...FOUR, "rule_making", "x"], ok: false },
  ])("$label", ({ header, ok }) => {
    expect(isOrgHeader(header)).toBe(ok);
    expect(validateOrgRows(header, [["150000", "内蒙古自治区", "", "region", ...(header.length > 4 ? ["1"] : [])]]).ok).toBe(ok);
  });
});

describe("the rule_making values", () => {
  test.each([
    { label: "1", cell: "1", value: true },
    { label: "0", cell: "0", value: false },
    { label: "是", cell: "是", value: true },
    { label: "否", cell: "否", value: false },
    { label: "blank: not given", cell: "", value: null },
    { label: "spaces: not given", cell: "  ", value: null },
  ])("valid: $label", ({ cell, value }) => {
    const r = validateOrgRows([...FOUR, "rule_making"], [["150000", "内蒙古自治区", "", "region", cell]]);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.rows[0]!.ruleMaking).toBe(value);
  });

  test.each([{ cell: "2" }, { cell: "yes" }, { cell: "有" }, { cell: "1.0" }])("invalid: $cell", ({ cell }) => {
    const r = validateOrgRows([...FOUR, "rule_making"], [["150000", "内蒙古自治区", "", "region", cell]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ line: 2, code: "150000", message: `规章制定权（rule_making）只能填 1 或 0，实际为“${cell}”` }]);
  });

  test("the old header: no rule_making on any row", () => {
    const r = validateOrgRows(FOUR, [["150000", "内蒙古自治区", "", "region"]]);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.rows[0]!.ruleMaking).toBeNull();
  });
});

describe("the import plan", () => {
  const existing: ExistingOrg[] = [
    { code: "150000", name: "内蒙古自治区", kind: "region", parentCode: null, active: true, ruleMaking: false },
    { code: "150200", name: "包头市", kind: "league_city", parentCode: "150000", active: true, ruleMaking: true },
  ];
  const row = (code: string, ruleMaking?: string): OrgImportRow => {
    const base = existing.find((e) => e.code === code) ?? { code, name: "兴安盟", kind: "league_city", parentCode: "150000" };
    return { code, name: base.name, kind: base.kind, parentCode: base.parentCode, ...(ruleMaking === undefined ? {} : { ruleMaking }) };
  };
  test.each([
    { label: "the region given 1: a change", rows: [row("150000", "1")], status: "change", changes: [{ field: "rule_making", before: "0", after: "1" }], ruleMaking: true },
    { label: "a 市 given 0: a change", rows: [row("150200", "0")], status: "change", changes: [{ field: "rule_making", before: "1", after: "0" }], ruleMaking: false },
    { label: "a 市 given 1 again: the same", rows: [row("150200", "1")], status: "same", changes: [], ruleMaking: true },
    { label: "blank: unchanged", rows: [row("150200", "")], status: "same", changes: [], ruleMaking: null },
    { label: "no column (old file): unchanged", rows: [row("150200")], status: "same", changes: [], ruleMaking: null },
    { label: "a new unit with 0", rows: [row("152200", "0")], status: "add", changes: [], ruleMaking: false },
    { label: "a bad value refuses the row", rows: [row("150000", "x")], status: "refused", changes: [], ruleMaking: null },
  ])("$label", ({ rows, status, changes, ruleMaking }) => {
    const plan = planOrgImport(existing, rows);
    expect(plan.items[0]).toMatchObject({ status, changes, ruleMaking });
  });
});
