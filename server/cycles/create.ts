import { getTemplate, isTemplateId } from "@/lib/templates";
import { createCycleSchema } from "@/lib/validation/cycle";
import { createCycle as insertCycle } from "@/db/mutations/cycles";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { toCycleSettings } from "./settings";

/**
 * Opens a reporting cycle: its roster is a snapshot of today's active units, which later edits
 * of the tree never change.
 */
export const createCycle = defineCommand({
  name: "cycle.create",
  schema: createCycleSchema,
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx) {
    if (!isTemplateId(input.templateId)) throw invalid(`未知的统计表模板：${input.templateId}`, { templateId: ["请选择统计表模板"] });
    const settings = toCycleSettings(input);
    return atomically(ctx.db, () => {
      const cycle = insertCycle(ctx.db, { year: input.year, templateId: input.templateId, ...settings });
      auditChange(ctx, {
        action: "cycle.create",
        targetType: "cycle",
        targetId: cycle.year,
        after: { year: cycle.year, templateId: cycle.templateId, template: getTemplate(cycle.templateId).name, ...settings },
      });
      return { year: cycle.year };
    });
  },
});
