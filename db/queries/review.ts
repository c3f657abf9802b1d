import type { Db } from "../client";
import { prepared } from "../prepared";
import { getSubmission, listSubmissionVersions, type CellValues } from "./submissions";

/** A unit's latest published report of a cycle, as the reviewer's list shows it. */
export type PublicationSummary = { orgId: number; version: number; publishedAt: number; officialUrl: string | null; officialDate: string | null };

const LATEST_PUBLICATIONS = `
  select p.org_id, p.version, p.published_at, p.official_url, p.official_date
    from report_publications p
   where p.cycle_id = ?
     and p.version = (select max(q.version) from report_publications q where q.cycle_id = p.cycle_id and q.org_id = p.org_id)`;

/**
 * orgId → the latest publication of its report in the cycle (its own or, for a compiling unit,
 * its compiled one: whichever version is newest). Units without one are absent (未发布).
 */
export function latestPublications(db: Db, cycleId: number): Map<number, PublicationSummary> {
  const rows = prepared(db.$client, LATEST_PUBLICATIONS).all(cycleId) as {
    org_id: number;
    version: number;
    published_at: number;
    official_url: string | null;
    official_date: string | null;
  }[];
  return new Map(rows.map((r) => [r.org_id, { orgId: r.org_id, version: r.version, publishedAt: r.published_at, officialUrl: r.official_url, officialDate: r.official_date }]));
}

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
