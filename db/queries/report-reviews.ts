import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { reportReviews, type ReportReview } from "../schema";

/** Every 签发 and 保密审查 of a unit's report in a cycle, oldest first. */
export function listReportReviews(db: Db, cycleId: number, orgId: number): ReportReview[] {
  return db
    .select()
    .from(reportReviews)
    .where(and(eq(reportReviews.cycleId, cycleId), eq(reportReviews.orgId, orgId)))
    .orderBy(asc(reportReviews.at), asc(reportReviews.id))
    .all();
}
