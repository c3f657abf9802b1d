import { updateCycleSchema } from "@/lib/validation/cycle";
import { updateCycle as writeSettings } from "@/db/mutations/cycle-settings";
import { getCycleByYear } from "@/db/queries/cycles";
import { defineCommand } from "../kernel/command";
import { notFound } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { toCycleSettings } from "./settings";

/** Changes a cycle's deadlines, warning factor and minimum and whether it has 预审 (never its template or roster). */
export const updateCycle = defineCommand({
  name: "cycle.update",
  schema: updateCycleSchema,
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const cycle = getCycleByYear(ctx.db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const settings = toCycleSettings(input);
    return atomically(ctx.db, () => {
      writeSettings(ctx.db, cycle.id, settings);
      const before = {
        warningFactorNum: cycle.warningFactorNum,
        warningFactorDen: cycle.warningFactorDen,
        warningMinimum: cycle.warningMinimum,
        deadlines: cycle.deadlines,
        ...(settings.prereview === undefined ? {} : { prereview: cycle.prereview }),
      };
      auditChange(ctx, { action: "cycle.update", targetType: "cycle", targetId: cycle.year, before, after: settings });
      return { year: cycle.year };
    });
  },
});
