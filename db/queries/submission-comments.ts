import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type SubmissionComment, submissionComments } from "../schema";

/** The submission's comments, oldest first; only those on `version` when given. */
export function listComments(db: Db, submissionId: number, version?: number): SubmissionComment[] {
  const where =
    version === undefined
      ? eq(submissionComments.submissionId, submissionId)
      : and(eq(submissionComments.submissionId, submissionId), eq(submissionComments.version, version));
  return db.select().from(submissionComments).where(where).orderBy(asc(submissionComments.id)).all();
}
