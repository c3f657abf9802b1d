import { and, asc, eq, inArray } from "drizzle-orm";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { reportDrafts, reportPrereviewComments, reportPrereviews, type ReportPrereview, type ReportPrereviewComment } from "../schema";

/** Every 预审 event of one of a unit's reports in a cycle, oldest first. */
export function listPrereviewEvents(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): ReportPrereview[] {
  return db
    .select()
    .from(reportPrereviews)
    .where(and(eq(reportPrereviews.cycleId, cycleId), eq(reportPrereviews.orgId, orgId), eq(reportPrereviews.coverage, coverage)))
    .orderBy(asc(reportPrereviews.at), asc(reportPrereviews.id))
    .all();
}

/** Every 预审 event of a cycle, oldest first (the dashboard derives each unit's state from them). */
export function listCyclePrereviewEvents(db: Db, cycleId: number): ReportPrereview[] {
  return db.select().from(reportPrereviews).where(eq(reportPrereviews.cycleId, cycleId)).orderBy(asc(reportPrereviews.at), asc(reportPrereviews.id)).all();
}

/** The paragraph comments of some returns, in the order they were written. */
export function listPrereviewComments(db: Db, prereviewIds: number[]): ReportPrereviewComment[] {
  if (!prereviewIds.length) return [];
  return db.select().from(reportPrereviewComments).where(inArray(reportPrereviewComments.prereviewId, prereviewIds)).orderBy(asc(reportPrereviewComments.id)).all();
}

/** The draft version of every report of a cycle by "orgId/coverage" (a report never saved is absent: version 0). */
export function listReportDraftVersions(db: Db, cycleId: number): Map<string, number> {
  const rows = db.select({ orgId: reportDrafts.orgId, coverage: reportDrafts.coverage, version: reportDrafts.version }).from(reportDrafts).where(eq(reportDrafts.cycleId, cycleId)).all();
  return new Map(rows.map((r) => [`${r.orgId}/${r.coverage}`, r.version]));
}
