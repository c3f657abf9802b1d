import { buildTree, type OrgTree, type RosterNode } from "@/lib";
import type { Action } from "@/lib/authz";
import type { Cycle } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";

export type UnitPage = { year: number; cycle: Cycle; roster: OrgTree; node: RosterNode };

/**
 * The common start of a page about one unit in one year (`/…/{year}/{orgCode}`, params as Next
 * decoded them): the permission first — an unknown unit gets the same 403 as someone else's, so
 * the URL reveals nothing — then the cycle and the unit in that cycle's roster (404 when either
 * is missing).
 */
export function unitPage(ctx: ReadContext, params: { year: string; orgCode: string }, action: Action): UnitPage {
  const org = getOrganisationByCode(ctx.db, params.orgCode);
  const year = Number(params.year);
  // Decided on that year's roster: a unit moved since stays under its old parent for its old years.
  ctx.require(action, { kind: "org", orgId: org?.id ?? -1 }, undefined, Number.isInteger(year) ? year : undefined);
  const cycle = Number.isInteger(year) ? getCycleByYear(ctx.db, year) : null;
  if (!org || !cycle) throw new CommandError(404, `${params.year} 年度的填报周期不存在`);
  const roster = buildTree(getRoster(ctx.db, cycle.id));
  const node = roster.byCode.get(org.code);
  if (!node) throw new CommandError(404, `单位 ${org.code} 不在 ${year} 年度名册中`);
  return { year, cycle, roster, node };
}
