import { z } from "zod";
import { isIsoDay } from "@/lib/time";
import { putSetting } from "@/db/mutations/settings";
import { defineCommand } from "../kernel/command";
import { DEMO_DATE_KEY, demoDate } from "../kernel/clock";

/**
 * Records the 演示日期 of a demo database (decision 016): from then on the business time is that
 * day at the real time of day. `demo:load` moves it along as it loads history (so the 2024
 * approvals are dated 2025, 固阳县 signs off after its deadline) and leaves it at the demo's day.
 * No page or route offers it.
 */
export const setDemoDate = defineCommand({
  name: "demo.date",
  schema: z.object({ day: z.string().refine(isIsoDay, "演示日期应为有效的日期（如 2025-01-31）") }),
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const before = demoDate(ctx.db);
    putSetting(ctx.db, DEMO_DATE_KEY, input.day, ctx.user.id, ctx.realNow);
    ctx.audit({ action: "demo.date", targetType: "setting", targetId: DEMO_DATE_KEY, detail: { before, after: input.day } });
    return { day: input.day };
  },
});
