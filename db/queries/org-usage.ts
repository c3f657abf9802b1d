import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import type { OrgUsage } from "@/lib/org-tree";
import { organisations, roleGrants, rosterEntries, submissions, users } from "../schema";

/** How many rows refer to the unit (children, users, submissions, roster entries, grants, successors). */
export function getOrganisationUsage(db: Db, orgId: number): OrgUsage {
  const n = (q: { get(): { n: number } | undefined }) => q.get()?.n ?? 0;
  return {
    children: n(db.select({ n: count() }).from(organisations).where(eq(organisations.parentId, orgId))),
    users: n(db.select({ n: count() }).from(users).where(eq(users.orgId, orgId))),
    submissions: countSubmissionsForOrg(db, orgId),
    rosterEntries: n(db.select({ n: count() }).from(rosterEntries).where(eq(rosterEntries.orgId, orgId))),
    grants: n(db.select({ n: count() }).from(roleGrants).where(eq(roleGrants.orgId, orgId))),
    successors: n(db.select({ n: count() }).from(organisations).where(eq(organisations.predecessorId, orgId))),
  };
}

/** How many submissions (in any cycle) the unit has. */
export function countSubmissionsForOrg(db: Db, orgId: number): number {
  return db.select({ n: count() }).from(submissions).where(eq(submissions.orgId, orgId)).get()?.n ?? 0;
}

/** orgId → number of submissions (any cycle), for units that have any. */
export function countSubmissionsByOrg(db: Db): Map<number, number> {
  const rows = db.select({ orgId: submissions.orgId, n: count() }).from(submissions).groupBy(submissions.orgId).all();
  return new Map(rows.map((r) => [r.orgId, r.n]));
}

/** orgId → number of user accounts, for units that have any. */
export function countUsersByOrg(db: Db): Map<number, number> {
  const rows = db.select({ orgId: users.orgId, n: count() }).from(users).groupBy(users.orgId).all();
  return new Map(rows.map((r) => [r.orgId, r.n]));
}
