import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import { setRuleMaking } from "@/db/mutations/org-edits";
import { runCommand } from "@/server/kernel/command";
import { readContext } from "@/server/kernel/read";
import { loadEditStatsPage } from "@/server/stats/edit-page";
import { saveDraft } from "@/server/stats/save-draft";
import { markReady } from "@/server/workflow/mark-ready";
import { saveExplanations } from "@/server/workflow/save-explanations";
import { loadDashboard } from "@/server/review/dashboard";
import { harness } from "../review/harness";

/*
 * 规章 above 0 at a unit without 规章制定权 is a warning on the web path too: 待签发 waits for its
 * explanation, the reviewer's list counts it, and the form gets the unit's attribute to check
 * live; a unit with the attribute has no such warning.
 */
const TEMPLATE = getTemplate("gov-disclosure-2021");
const typed = (reg: number): Record<string, string> => {
  const t: Record<string, string> = Object.fromEntries(TEMPLATE.cells.filter((c) => !c.computed).map((c) => [c.code, "0"]));
  t["P1.reg.issued"] = String(reg);
  t["P1.reg.valid"] = String(reg);
  return t;
};

describe("规章 without 规章制定权, through the web's commands", () => {
  it.each([
    { label: "without the attribute: a warning to explain", ruleMaking: false, warnings: 1 },
    { label: "with it: nothing to explain", ruleMaking: true, warnings: 0 },
  ])("$label", async ({ ruleMaking, warnings }) => {
    const h = harness({ year: 2025, templateId: TEMPLATE.id });
    setRuleMaking(h.db, h.id("D1"), ruleMaking, Date.now());
    const filler = h.user("d1-filler", "填报员", "D1", "filler");
    const reviewer = h.user("r-reviewer", "审核员", "R", "reviewer");
    const env = { user: filler, db: h.db, now: Date.now(), ip: null };
    const unit = { year: 2025, orgCode: "D1" };
    expect(loadEditStatsPage(readContext(env), { year: "2025", orgCode: "D1" }).orgAttributes).toEqual({ rule_making: ruleMaking });
    expect(await runCommand(saveDraft, { ...unit, values: typed(2), version: 0 }, env)).toMatchObject({ ok: true });
    const dashboard = loadDashboard(h.db, reviewer, 2025, Date.now());
    expect(dashboard?.rows.find((r) => r.orgCode === "D1")?.warnings).toEqual({ count: warnings, explained: 0 });
    if (warnings) {
      expect(await runCommand(markReady, { ...unit, version: 1 }, env)).toMatchObject({ ok: false, status: 422 });
      const explained = await runCommand(saveExplanations, { ...unit, version: 1, explanations: { reg_rule_making: "本厅受自治区人民政府委托起草规章，误填为制发数，已更正说明。" } }, env);
      expect(explained).toMatchObject({ ok: true });
    }
    expect(await runCommand(markReady, { ...unit, version: 1 }, env)).toMatchObject({ ok: true, data: { warnings } });
  });
});
