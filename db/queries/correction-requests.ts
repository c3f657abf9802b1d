import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type CorrectionRequest, correctionRequests } from "../schema";

/** The submission's open correction request (not yet reopened), or null. */
export function openCorrectionRequest(db: Db, submissionId: number): CorrectionRequest | null {
  return (
    db
      .select()
      .from(correctionRequests)
      .where(and(eq(correctionRequests.submissionId, submissionId), isNull(correctionRequests.reopenedAt)))
      .get() ?? null
  );
}

/** Every correction request of the submission, oldest first. */
export function listCorrectionRequests(db: Db, submissionId: number): CorrectionRequest[] {
  return db.select().from(correctionRequests).where(eq(correctionRequests.submissionId, submissionId)).orderBy(asc(correctionRequests.id)).all();
}
