import { getCycleByYear } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getWorkflowState, type WorkflowState } from "@/db/queries/workflow-state";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";

export type UnitStatsAccess = { year: number; orgId: number; orgCode: string; cycleId: number; state: WorkflowState | null };

/**
 * The guard of a GET about one unit's statistics (/api/stats/{year}/{orgCode}/…): stats.read on
 * the unit (an unknown unit gets the same 403, so the URL reveals nothing), then the cycle (404).
 */
export function unitStatsAccess(ctx: ReadContext, params: { year: string; orgCode: string }): UnitStatsAccess {
  const org = getOrganisationByCode(ctx.db, params.orgCode);
  const year = Number(params.year);
  ctx.require("stats.read", { kind: "org", orgId: org?.id ?? -1 }, "您没有查看该单位统计数据的权限", Number.isInteger(year) ? year : undefined);
  const cycle = Number.isInteger(year) ? getCycleByYear(ctx.db, year) : null;
  if (!org || !cycle) throw new CommandError(404, `${params.year} 年度的填报周期不存在`);
  return { year, orgId: org.id, orgCode: org.code, cycleId: cycle.id, state: getWorkflowState(ctx.db, cycle.id, org.id) };
}
