import { deadlineFor, isLate, statusLabel } from "@/lib/workflow";
import { shanghaiDay } from "@/lib/time";
import { getRoster, listCycles } from "@/db/queries/cycles";
import { cycleLabel } from "@/db/queries/cycle-labels";
import { listSubmissionStatuses } from "@/db/queries/submissions";
import type { HomeTodo } from "@/lib/contracts/home-todo";
import type { ReadContext } from "../kernel/read";

export type { HomeTodo } from "@/lib/contracts/home-todo";

/**
 * The cycle being reported this season: the last year before today's (the business time, so the
 * demo's 演示日期 2027-02-10 gives 2026), or the latest cycle when that year has none yet.
 */
export function seasonCycle(ctx: Pick<ReadContext, "db" | "now">): ReturnType<typeof listCycles>[number] | null {
  const cycles = listCycles(ctx.db);
  const reportYear = Number(shanghaiDay(ctx.now).slice(0, 4)) - 1;
  return cycles.find((c) => c.year <= reportYear) ?? cycles[0] ?? null;
}

/** The user's to-do for the season's cycle: their unit's statistics (filler, signer) and the review (reviewer). */
export function loadHomeTodo(ctx: ReadContext): HomeTodo | null {
  const cycle = seasonCycle(ctx);
  if (!cycle) return null;
  const roles = new Set(ctx.user.grants.filter((g) => g.orgId === ctx.user.orgId).map((g) => g.role));
  const node = getRoster(ctx.db, cycle.id).find((r) => r.orgId === ctx.user.orgId);
  let unit: HomeTodo["unit"] = null;
  if (node && (roles.has("filler") || roles.has("signer"))) {
    const status = listSubmissionStatuses(ctx.db, cycle.id).get(node.orgId);
    const deadline = deadlineFor(cycle.deadlines, node.kind, "submit");
    const pending = status !== "submitted" && status !== "approved";
    unit = {
      href: `/stats/${cycle.year}/${encodeURIComponent(node.code)}`,
      name: node.name,
      status: statusLabel(status),
      deadline,
      late: pending && isLate(ctx.now, deadline),
    };
  }
  const reviewHref = ctx.user.grants.some((g) => g.role === "reviewer") ? `/review/${cycle.year}` : null;
  if (!unit && !reviewHref) return null;
  return { year: cycle.year, label: cycleLabel(ctx.db, cycle.year), unit, reviewHref };
}
