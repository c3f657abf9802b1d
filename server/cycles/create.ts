import { getTemplate, isTemplateId } from "@/lib/templates";
import { OUTSIDE_SUMS_KINDS } from "@/lib/templates/level-groupings";
import { createCycleCommandSchema } from "@/lib/validation/cycle";
import { DEADLINE_KINDS, DEADLINE_PURPOSES, deadlineKey } from "@/lib/validation/cycle-deadlines";
import { parseWarningFactor } from "@/lib/validation/warning-factor";
import { createCycle as insertCycle } from "@/db/mutations/cycles";
import { putSetting } from "@/db/mutations/settings";
import { setCyclePrereview } from "@/db/mutations/report-prereviews";
import { cycleLabelKey } from "@/db/queries/cycle-labels";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";

type Parsed = ReturnType<typeof createCycleCommandSchema.parse>;

/** The settings given, as stored (k as num/den, deadlines keyed "kind.purpose"); what is left out keeps the defaults / stays unset. */
function givenSettings(input: Parsed): { warningFactorNum?: number; warningFactorDen?: number; warningMinimum?: number; deadlines?: Record<string, string> } {
  const out: ReturnType<typeof givenSettings> = {};
  if (input.warningFactor !== undefined) {
    // The schema already refused a factor that does not parse.
    const factor = parseWarningFactor(input.warningFactor)!;
    out.warningFactorNum = factor.num;
    out.warningFactorDen = factor.den;
  }
  if (input.warningMinimum !== undefined) out.warningMinimum = input.warningMinimum;
  const deadlines: Record<string, string> = {};
  for (const kind of DEADLINE_KINDS) {
    for (const purpose of DEADLINE_PURPOSES) {
      const day = input.deadlines?.[kind]?.[purpose];
      if (day !== undefined) deadlines[deadlineKey(kind, purpose)] = day;
    }
  }
  if (Object.keys(deadlines).length) out.deadlines = deadlines;
  return out;
}

/**
 * Opens a reporting cycle: its roster is a snapshot of today's active units, which later edits
 * of the tree never change. The page sends every setting; the console (`cycle:create`) may leave
 * the warning settings to their defaults, set only some deadlines, and give the cycle a label.
 */
export const createCycle = defineCommand({
  name: "cycle.create",
  schema: createCycleCommandSchema,
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx) {
    if (!isTemplateId(input.templateId)) throw invalid(`未知的统计表模板：${input.templateId}`, { templateId: ["请选择统计表模板"] });
    const settings = givenSettings(input);
    return atomically(ctx.db, () => {
      const cycle = insertCycle(ctx.db, { year: input.year, templateId: input.templateId, ...settings, outsideSumsKinds: OUTSIDE_SUMS_KINDS });
      if (input.label) putSetting(ctx.db, cycleLabelKey(cycle.year), input.label, ctx.user.id, ctx.now);
      // 预审 is on for a new cycle unless asked otherwise (the demo's imported history).
      if (input.prereview === false) setCyclePrereview(ctx.db, cycle.id, false);
      auditChange(ctx, {
        action: "cycle.create",
        targetType: "cycle",
        targetId: cycle.year,
        after: { year: cycle.year, templateId: cycle.templateId, template: getTemplate(cycle.templateId).name, ...settings, prereview: input.prereview !== false, ...(input.label ? { label: input.label } : {}) },
      });
      return { year: cycle.year, templateName: getTemplate(cycle.templateId).name, label: input.label ?? null };
    });
  },
});
