import { and, asc, eq } from "drizzle-orm";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { reportReviews, type ReportReview } from "../schema";

/** Every 签发 and 保密审查 of one of a unit's reports in a cycle, oldest first. */
export function listReportReviews(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): ReportReview[] {
  return db
    .select()
    .from(reportReviews)
    .where(and(eq(reportReviews.cycleId, cycleId), eq(reportReviews.orgId, orgId), eq(reportReviews.coverage, coverage)))
    .orderBy(asc(reportReviews.at), asc(reportReviews.id))
    .all();
}
