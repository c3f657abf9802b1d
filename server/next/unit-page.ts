import "server-only";
import { notFound } from "next/navigation";
import { buildTree, type OrgTree, type RosterNode } from "@/lib";
import type { Action } from "@/lib/authz";
import { getDb, type Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import type { CurrentUser } from "./current-user";
import { requirePermission } from "./guards";

export type UnitPage = { db: Db; user: CurrentUser; year: number; cycle: Cycle; roster: OrgTree; node: RosterNode };

/**
 * The common start of a page about one unit in one year (`/…/{year}/{orgCode}`): the permission
 * first — an unknown unit gets the same 403 as someone else's, so the URL reveals nothing — then
 * the cycle and the unit in that cycle's roster (404 when either is missing).
 */
export async function requireUnitPage(params: Promise<{ year: string; orgCode: string }>, action: Action): Promise<UnitPage> {
  const { year: yearText, orgCode } = await params;
  const db = getDb();
  const org = getOrganisationByCode(db, orgCode);
  const user = await requirePermission(action, { kind: "org", orgId: org?.id ?? -1 });
  const year = Number(yearText);
  const cycle = Number.isInteger(year) ? getCycleByYear(db, year) : null;
  if (!org || !cycle) notFound();
  const roster = buildTree(getRoster(db, cycle.id));
  const node = roster.byCode.get(org.code);
  if (!node) notFound();
  return { db, user, year, cycle, roster, node };
}
