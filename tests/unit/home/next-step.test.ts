import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/authz";
import { nextSteps, type StepFacts, type UnitFacts } from "@/lib/home";

const leaf = (change: Partial<UnitFacts> = {}): UnitFacts => ({
  year: 2026,
  code: "150100",
  status: null,
  compiles: false,
  submitsUp: true,
  childrenDone: true,
  report: { drafted: false, signed: false, published: false },
  ...change,
});
const root = (change: Partial<UnitFacts> = {}) => leaf({ code: "150000", compiles: true, submitsUp: false, childrenDone: false, ...change });
const facts = (roles: Role[], unit: UnitFacts | null, review: StepFacts["review"] = null): StepFacts => ({ roles, unit, review });

describe("nextSteps: one primary button per role and situation", () => {
  it.each<[string, StepFacts, string, string]>([
    ["a 填报员 with nothing saved fills the form", facts(["filler"], leaf()), "填报", "/stats/2026/150100/edit"],
    ["a 填报员 with a draft fills the form", facts(["filler"], leaf({ status: "draft" })), "填报", "/stats/2026/150100/edit"],
    ["a returned 填报员 corrects in the form", facts(["filler"], leaf({ status: "returned" })), "填报", "/stats/2026/150100/edit"],
    ["a 填报员 waiting for 签发 looks at the unit page", facts(["filler"], leaf({ status: "ready" })), "查看报送情况", "/stats/2026/150100"],
    ["a 填报员 whose data went up writes the report", facts(["filler"], leaf({ status: "submitted" })), "撰写报告", "/reports/2026/150100"],
    ["a 填报员 with a published report reads it", facts(["filler"], leaf({ status: "approved", report: { drafted: true, signed: true, published: true } })), "查看年度报告", "/reports/2026/150100"],
    ["the region's 填报员 (root, no form) writes the compiled report", facts(["filler"], root()), "撰写报告", "/reports/2026/150000"],
    ["a 盟市's 填报员 with children still open writes the report", facts(["filler"], root({ code: "150200", submitsUp: true })), "撰写报告", "/reports/2026/150200"],
    ["a 盟市's 填报员 with every child approved sends the sum up", facts(["filler"], root({ code: "150200", submitsUp: true, childrenDone: true })), "报送汇总结果", "/stats/2026/150200"],
    ["a 负责人 with data waiting signs", facts(["signer"], leaf({ status: "ready" })), "签发", "/stats/2026/150100"],
    ["a 负责人 with a signed report publishes", facts(["signer"], leaf({ status: "approved", report: { drafted: true, signed: true, published: false } })), "发布", "/reports/2026/150100"],
    ["a 负责人 with an unsigned report after approval signs it", facts(["signer"], leaf({ status: "approved", report: { drafted: true, signed: false, published: false } })), "签发报告", "/reports/2026/150100"],
    ["a 负责人 before anything is ready reads the unit page", facts(["signer"], leaf({ status: "draft" })), "查看本单位统计表", "/stats/2026/150100"],
    ["a 审核员 with 3 sent up reviews them", facts(["reviewer"], null, { year: 2026, waiting: 3 }), "审核 3 个单位", "/review/2026"],
    ["a 审核员 with none waiting still reaches the dashboard", facts(["reviewer"], null, { year: 2026, waiting: 0 }), "查看下级报送情况", "/review/2026"],
    ["the 系统管理员 manages the cycles", facts(["sysadmin"], null), "管理填报周期", "/admin/cycles"],
    ["the 安全管理员 grants roles", facts(["secadmin"], null), "角色授权", "/security/grants"],
    ["the 安全审计员 reads the audit log", facts(["auditor"], null), "查看审计日志", "/audit"],
    ["签发 waiting comes before 审核 for someone holding both", facts(["reviewer", "signer"], leaf({ status: "ready" }), { year: 2026, waiting: 2 }), "签发", "/stats/2026/150100"],
    ["审核 waiting comes before the report for a filler-reviewer", facts(["filler", "reviewer"], root(), { year: 2026, waiting: 2 }), "审核 2 个单位", "/review/2026"],
  ])("%s", (_name, f, label, href) => {
    const { primary } = nextSteps(f);
    expect(primary).toMatchObject({ label, href });
  });

  it("a user without a role has no step", () => {
    expect(nextSteps(facts([], null))).toEqual({ primary: null, others: [] });
  });

  it("the other links never repeat the primary's destination", () => {
    const { primary, others } = nextSteps(facts(["filler"], leaf({ status: "draft" })));
    expect(primary?.label).toBe("填报");
    expect(others.map((o) => o.label)).toEqual(["撰写报告"]);
    expect(others.some((o) => o.href === primary?.href)).toBe(false);
  });
});
