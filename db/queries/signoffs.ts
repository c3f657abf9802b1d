import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type Signoff, signoffs } from "../schema";

/** Every signoff of the submission (statistics and report), oldest first. */
export function listSignoffs(db: Db, submissionId: number): Signoff[] {
  return db.select().from(signoffs).where(eq(signoffs.submissionId, submissionId)).orderBy(asc(signoffs.id)).all();
}
