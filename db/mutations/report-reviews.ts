import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { reportReviews } from "../schema";

export type ReportReviewInput = {
  cycleId: number;
  orgId: number;
  coverage: ReportCoverage;
  draftVersion: number;
  kind: "signoff" | "secrecy";
  userId: number | null;
  userName: string;
  note: string | null;
  at: number;
  /** Fingerprint of the figures the report showed (lib/report-publication dataSha256). */
  dataSha256: string | null;
  /** Fingerprint of the text, preface fields and figures (lib/report-publication contentSha256). */
  contentSha256: string | null;
};

/** Records a 签发 or a 保密审查 confirmation of one draft version (rows are never changed). */
export function insertReportReview(db: Db, r: ReportReviewInput): number {
  return db.insert(reportReviews).values(r).returning({ id: reportReviews.id }).get().id;
}
