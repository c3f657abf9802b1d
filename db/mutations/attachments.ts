import { createHash } from "node:crypto";
import type { Db } from "../client";
import { prepared } from "../prepared";

export type AttachmentInput = {
  submissionId: number;
  version: number;
  fileName: string;
  mime: string;
  bytes: Buffer;
  uploadedBy: number | null;
  at: number;
};

const INSERT = `insert into attachments (submission_id, version, file_name, mime, bytes, sha256, uploaded_by, at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id, sha256`;

/** Stores a file (e.g. the sealed scan) with a version of a submission; its SHA-256 is computed here. */
export function addAttachment(db: Db, a: AttachmentInput): { id: number; sha256: string } {
  const sha256 = createHash("sha256").update(a.bytes).digest("hex");
  return prepared(db.$client, INSERT).get(a.submissionId, a.version, a.fileName, a.mime, a.bytes, sha256, a.uploadedBy, a.at) as {
    id: number;
    sha256: string;
  };
}
