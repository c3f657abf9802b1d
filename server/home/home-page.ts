import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationById } from "@/db/queries/orgs";
import type { ReadContext } from "../kernel/read";
import { getHomeSummary, type HomeSummary } from "./summary";
import { loadHomeTodo, type HomeTodo } from "./todo";

export type HomePage = {
  displayName: string;
  /** 我的待办 this season (null: no role and no cycle). */
  todo: HomeTodo | null;
  /** The latest approved totals of the user's unit when it compiles others and the user may read them. */
  summary: HomeSummary | null;
  /** A compiling unit's values open their drill-down (the contributing units). */
  drillBase: string | undefined;
};

/**
 * The home page of the signed-in user: 我的待办 first (what to do next, one button), then the
 * compiled figures of their unit (the latest complete year) for those who may read them. A leaf
 * unit's own old table is not shown: its work is this season's form.
 */
export function loadHomePage(ctx: ReadContext): HomePage {
  const { db, user } = ctx;
  const todo = loadHomeTodo(ctx);
  const base = { displayName: user.displayName, todo, summary: null, drillBase: undefined };
  if (!ctx.can("stats.read", { kind: "org", orgId: user.orgId })) return base;
  const cycle = todo && todo.year ? getCycleByYear(db, todo.year) : null;
  const compiles = cycle ? getRoster(db, cycle.id).some((r) => r.parentOrgId === user.orgId) : false;
  if (!compiles) return base;
  const summary = getHomeSummary(db, undefined, user.orgId);
  if (!summary) return base;
  const orgCode = getOrganisationById(db, user.orgId)?.code;
  const drillBase = orgCode ? `/stats/${summary.year}/${encodeURIComponent(orgCode)}/cells` : undefined;
  return { ...base, summary, drillBase };
}
