import { ROLE_NAMES } from "@/lib/authz";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationById } from "@/db/queries/orgs";
import type { ReadContext } from "../kernel/read";
import { getHomeSummary, type HomeSummary } from "./summary";
import { loadHomeTodo, type HomeTodo } from "./todo";

export type HomePage =
  /** Someone who may not read their unit's statistics: a welcome with their roles. */
  | { kind: "welcome"; displayName: string; roles: string[] }
  | {
      kind: "summary";
      /** This season's work (the cycle being reported now): the unit's statistics, the review. */
      todo: HomeTodo | null;
      /** The unit's approved totals, or null when there are none yet. */
      summary: HomeSummary | null;
      /** 审核 is per child unit, so it cannot be a global menu entry: reviewers get a link to this season's cycle. */
      reviewYear: number | undefined;
      /** A compiling unit's values open their drill-down (the contributing units). */
      drillBase: string | undefined;
    };

/**
 * The home page of the signed-in user: their unit's approved statistics (the latest complete
 * year) under this season's to-do, or a welcome.
 */
export function loadHomePage(ctx: ReadContext): HomePage {
  const { db, user } = ctx;
  if (!ctx.can("stats.read", { kind: "org", orgId: user.orgId })) {
    return { kind: "welcome", displayName: user.displayName, roles: [...new Set(user.grants.map((g) => ROLE_NAMES[g.role]))] };
  }
  const summary = getHomeSummary(db, undefined, user.orgId);
  const todo = loadHomeTodo(ctx);
  const reviewYear = todo?.reviewHref ? todo.year : undefined;
  if (!summary) return { kind: "summary", todo, summary, reviewYear, drillBase: undefined };
  const cycle = getCycleByYear(db, summary.year);
  const compiles = cycle ? getRoster(db, cycle.id).some((r) => r.parentOrgId === user.orgId) : false;
  const orgCode = getOrganisationById(db, user.orgId)?.code;
  const drillBase = compiles && orgCode ? `/stats/${summary.year}/${encodeURIComponent(orgCode)}/cells` : undefined;
  return { kind: "summary", todo, summary, reviewYear, drillBase };
}
