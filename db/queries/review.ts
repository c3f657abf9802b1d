import type { Db } from "../client";
import { prepared } from "../prepared";
import { getSubmission, listSubmissionVersions, type CellValues } from "./submissions";

/** The values of one version of a unit's submission: the current one, or an archived one; null when unknown. */
export function valuesAtVersion(db: Db, cycleId: number, orgId: number, version: number): CellValues | null {
  const current = getSubmission(db, cycleId, orgId);
  if (!current) return null;
  if (current.version === version) return current.values;
  return listSubmissionVersions(db, cycleId, orgId).find((v) => v.version === version)?.values ?? null;
}

/** An uploaded file of a submission without its bytes, with the uploader's name. */
export type SubmissionFile = { id: number; version: number; fileName: string; mime: string; size: number; sha256: string; at: number; uploaderName: string | null };

const FILES = `
  select a.id, a.version, a.file_name, a.mime, length(a.bytes) as size, a.sha256, a.at, u.display_name
    from attachments a
    left join users u on u.id = a.uploaded_by
   where a.submission_id = ?
   order by a.id`;

/** The submission's uploaded files (sealed scans), oldest first. */
export function listSubmissionFiles(db: Db, submissionId: number): SubmissionFile[] {
  const rows = prepared(db.$client, FILES).all(submissionId) as {
    id: number;
    version: number;
    file_name: string;
    mime: string;
    size: number;
    sha256: string;
    at: number;
    display_name: string | null;
  }[];
  return rows.map((r) => ({ id: r.id, version: r.version, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256, at: r.at, uploaderName: r.display_name }));
}
