import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type Attachment, attachments } from "../schema";

/** An attachment without its bytes (lists). */
export type AttachmentInfo = Omit<Attachment, "bytes"> & { size: number };

/** The submission's attachments without their bytes (only their size), oldest first. */
export function listAttachments(db: Db, submissionId: number): AttachmentInfo[] {
  return db
    .select({
      id: attachments.id,
      submissionId: attachments.submissionId,
      version: attachments.version,
      fileName: attachments.fileName,
      mime: attachments.mime,
      sha256: attachments.sha256,
      uploadedBy: attachments.uploadedBy,
      at: attachments.at,
      size: sql<number>`length(${attachments.bytes})`,
    })
    .from(attachments)
    .where(eq(attachments.submissionId, submissionId))
    .orderBy(asc(attachments.id))
    .all();
}

/** One attachment with its bytes, or null. */
export function getAttachment(db: Db, id: number): Attachment | null {
  return db.select().from(attachments).where(eq(attachments.id, id)).get() ?? null;
}
