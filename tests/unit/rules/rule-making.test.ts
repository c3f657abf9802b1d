import { describe, test, expect } from "vitest";
import { compileTemplate, getTemplate, type TemplateDef } from "@/lib/templates";
import { evaluateRules, explainableKeys, type OrgAttributes } from "@/lib/rules";
import type { CellValues } from "@/lib/values";

/**
 * 规章 plausibility (issue 11 item 5): 规章 counts above 0 are a warning at a unit whose
 * organisation lacks 规章制定权 (organisations.rule_making); the rule reads the unit's attributes
 * as input and is not checked where they are not known.
 */
const t = getTemplate("gov-disclosure-2021");
const reg = (issued: bigint, repealed: bigint, valid: bigint): CellValues => ({ "P1.reg.issued": issued, "P1.reg.repealed": repealed, "P1.reg.valid": valid });
const without: OrgAttributes = { rule_making: false };
const withIt: OrgAttributes = { rule_making: true };
const regIssues = (values: CellValues, org: OrgAttributes | null | undefined) => evaluateRules(t, values, { org }).filter((i) => i.ruleId === "reg_rule_making");

describe("reg_rule_making in the 2021 template", () => {
  test.each([
    { label: "no attribute, 规章 issued", values: reg(2n, 0n, 0n), org: without, message: "本单位没有规章制定权，规章件数应为0，但本年制发·规章（P1.reg.issued）为2，请核实或说明。" },
    {
      label: "no attribute, several 规章 cells above 0 (each named)",
      values: reg(1n, 0n, 5n),
      org: without,
      message: "本单位没有规章制定权，规章件数应为0，但本年制发·规章（P1.reg.issued）为1、现行有效·规章（P1.reg.valid）为5，请核实或说明。",
    },
    { label: "no attribute, only repealed", values: reg(0n, 3n, 0n), org: without, message: "本单位没有规章制定权，规章件数应为0，但本年废止·规章（P1.reg.repealed）为3，请核实或说明。" },
    { label: "no attribute, all 0", values: reg(0n, 0n, 0n), org: without, message: null },
    { label: "规章制定权, 规章 above 0", values: reg(4n, 1n, 30n), org: withIt, message: null },
    { label: "attributes unknown: not checked", values: reg(4n, 1n, 30n), org: undefined, message: null },
    { label: "attributes null: not checked", values: reg(4n, 1n, 30n), org: null, message: null },
    { label: "no attribute, a 规章 cell blank: not checked", values: { "P1.reg.issued": 2n, "P1.reg.valid": 2n }, org: without, message: null },
  ])("$label", ({ values, org, message }) => {
    const issues = regIssues(values, org);
    expect(issues.map((i) => i.message)).toEqual(message ? [message] : []);
    for (const i of issues) {
      expect(i.severity).toBe("warning");
      expect(i.cells).toEqual(["P1.reg.issued", "P1.reg.repealed", "P1.reg.valid"]);
    }
  });

  test("it is a warning to explain (explainableKeys), never a hard error", () => {
    expect(explainableKeys(t).has("reg_rule_making")).toBe(true);
    expect(t.rules.find((r) => r.ruleId === "reg_rule_making")).toMatchObject({ severity: "warning", unlessOrg: "rule_making" });
  });

  test("行政规范性文件 are not concerned", () => {
    expect(evaluateRules(t, { ...reg(0n, 0n, 0n), "P1.norm.issued": 9n, "P1.norm.valid": 9n }, { org: without }).filter((i) => i.ruleId === "reg_rule_making")).toEqual([]);
  });
});

describe("unlessOrg is template data: any rule may carry it", () => {
  const def: TemplateDef = {
    id: "unless-org-test",
    name: "测试",
    sections: [{ id: "s", title: "s", tables: [{ id: "x", layout: "list", columns: [{ label: "数量" }], rows: [{ label: "甲", code: "A" }, { label: "乙", code: "B" }] }] }],
    rules: [
      { id: "a_le_b", kind: "linear", severity: "hard", label: "甲不超过乙", lhs: [{ cell: "A" }], op: "<=", rhs: [{ cell: "B" }], unlessOrg: "rule_making" },
      { id: "a_zero", kind: "linear", severity: "warning", label: "甲应为0", lhs: [{ cell: "A" }], op: "<=", rhs: [] },
    ],
    figures: [],
  };
  const small = compileTemplate(def);
  test.each([
    { label: "attribute absent: both rules", org: without, keys: ["a_le_b", "a_zero"] },
    { label: "attribute present: the unlessOrg rule is skipped", org: withIt, keys: ["a_zero"] },
    { label: "unknown: the unlessOrg rule is skipped", org: undefined, keys: ["a_zero"] },
  ])("$label", ({ org, keys }) => {
    expect(evaluateRules(small, { A: 5n, B: 1n }, { org }).map((i) => i.key)).toEqual(keys);
  });

  test("a sum rule (computes) needs a right-hand side", () => {
    expect(() =>
      compileTemplate({ ...def, rules: [{ id: "bad", kind: "linear", severity: "hard", label: "坏", computes: true, lhs: [{ cell: "A" }], op: "=", rhs: [] }] }),
    ).toThrow("合计规则 bad 的左边必须是本年的单个单元格");
  });
});
