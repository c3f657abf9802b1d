import "server-only";
import type { Db } from "@/db/client";
import { getCycleByYear } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getWorkflowState, type WorkflowState } from "@/db/queries/workflow-state";
import { lookupSession, type CurrentUser } from "../current-user";
import { can } from "../guards";

export type ReadAccess = { ok: true; user: CurrentUser; year: number; orgId: number; orgCode: string; cycleId: number; state: WorkflowState | null } | { ok: false; response: Response };

export const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The start of a GET about one unit's statistics (/api/stats/{year}/{orgCode}/…): a session, then
 * stats.read on the unit (an unknown unit gets the same 403), then the cycle (404).
 */
export async function readAccess(db: Db, params: { year: string; orgCode: string }): Promise<ReadAccess> {
  const { user } = await lookupSession();
  if (!user) return { ok: false, response: refuse(401, "登录已失效，请重新登录") };
  if (user.mustChangePassword) return { ok: false, response: refuse(403, "请先修改初始密码") };
  const org = getOrganisationByCode(db, decodeURIComponent(params.orgCode));
  if (!can(user, "stats.read", { kind: "org", orgId: org?.id ?? -1 })) return { ok: false, response: refuse(403, "您没有查看该单位统计数据的权限") };
  const year = Number(params.year);
  const cycle = Number.isInteger(year) ? getCycleByYear(db, year) : null;
  if (!org || !cycle) return { ok: false, response: refuse(404, `${params.year} 年度的填报周期不存在`) };
  return { ok: true, user, year, orgId: org.id, orgCode: org.code, cycleId: cycle.id, state: getWorkflowState(db, cycle.id, org.id) };
}
