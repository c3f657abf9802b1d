import { cycleTitle } from "@/db/queries/cycle-labels";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { loadDashboard } from "./dashboard";

const percent = (n: number, d: number) => (d === 0 ? 0 : Math.round((n * 100) / d));

/**
 * The reviewer's dashboard page of a year: the direct children of the user's unit in the cycle
 * that the user reviews, with where each stands (404 without the cycle, 403 when the user
 * reviews nobody there).
 */
export function loadReviewPage(ctx: ReadContext, params: { year: string }) {
  const year = Number(params.year);
  const dashboard = Number.isInteger(year) ? loadDashboard(ctx.db, ctx.user, year, ctx.now) : null;
  if (!dashboard) throw new CommandError(404, `${params.year} 年度的填报周期不存在`);
  if (dashboard.rows.length === 0) throw new CommandError(403, "您没有可审核的下级单位");
  const { counts } = dashboard;
  return {
    year,
    title: cycleTitle(ctx.db, year),
    orgName: ctx.user.orgName,
    counts,
    /** Blue: sent up; green: approved. */
    progress: { submitted: percent(counts.submitted, counts.total), approved: percent(counts.approved, counts.total) },
    template: { id: dashboard.template.id, name: dashboard.template.name },
    rows: dashboard.rows,
  };
}
