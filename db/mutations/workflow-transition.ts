import type Database from "better-sqlite3";
import type { Db } from "../client";
import { DbError, VersionConflictError } from "../errors";
import { prepared } from "../prepared";
import type { KeptPoint, SubmissionStatus } from "../schema";
import { insertSignoff, type SignoffInput } from "./signoffs";
import { insertComments, type CommentInput } from "./submission-comments";
import { closeOpenCorrection, insertCorrectionRequest } from "./correction-requests";
import { keepVersion } from "./kept-versions";

/** The submission moved to another status since the actor loaded it (e.g. another reviewer acted first). */
export class WorkflowStatusConflictError extends DbError {
  constructor(
    readonly orgId: number,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`submission of org ${orgId}: status ${actual}, expected ${expected}`);
  }
}

/** One workflow step to write: the status change and the record that goes with it. */
export type TransitionWrite = {
  submissionId: number;
  /** Optimistic lock: the version and status the actor saw; a mismatch writes nothing. */
  expectedVersion: number;
  expectedStatus: SubmissionStatus;
  /** The status after the step (the same as expectedStatus for a correction request). */
  status: SubmissionStatus;
  at: number;
  userId: number | null;
  signoff?: Omit<SignoffInput, "submissionId" | "version" | "at" | "signerUserId" | "keptVersion">;
  comments?: readonly CommentInput[];
  correctionRequest?: { reason: string };
  /** Marks the open correction request reopened (by userId, at). */
  reopenCorrection?: boolean;
  /** The workflow point the step reaches: the state after it is kept as the next kept version (a 签发 records its number). */
  keep?: KeptPoint | null;
};

export type TransitionWritten = { submissionId: number; version: number; status: SubmissionStatus; keptVersion: number | null };

const SQL = {
  find: `select id, org_id, version, status from submissions where id = ?`,
  update: `update submissions
              set status = ?, updated_at = ?, updated_by = ?,
                  submitted_at = case when ? = 'submitted' then ? else submitted_at end,
                  approved_at = case when ? = 'approved' then (case when status = 'approved' then approved_at else ? end) else null end
            where id = ?`,
} as const;

type Row = { id: number; org_id: number; version: number; status: SubmissionStatus };

function write(sqlite: Database.Database, w: TransitionWrite): TransitionWritten {
  const row = prepared(sqlite, SQL.find).get(w.submissionId) as Row | undefined;
  if (!row) throw new DbError("该单位尚未填报");
  if (row.version !== w.expectedVersion) throw new VersionConflictError(row.org_id, w.expectedVersion, row.version);
  if (row.status !== w.expectedStatus) throw new WorkflowStatusConflictError(row.org_id, w.expectedStatus, row.status);
  // Stamps: submitted_at on sign-off; approved_at on approval, kept while approved, cleared when reopened.
  prepared(sqlite, SQL.update).run(w.status, w.at, w.userId, w.status, w.at, w.status, w.at, row.id);
  const base = { submissionId: row.id, version: row.version, at: w.at };
  const keptVersion = w.keep ? keepVersion(sqlite, row.id, w.keep, w.at, w.userId) : null;
  if (w.signoff) insertSignoff(sqlite, { ...base, ...w.signoff, signerUserId: w.userId, keptVersion });
  if (w.comments?.length) insertComments(sqlite, base, w.comments, w.userId);
  if (w.correctionRequest) insertCorrectionRequest(sqlite, { submissionId: row.id, reason: w.correctionRequest.reason, requestedBy: w.userId, at: w.at });
  if (w.reopenCorrection) closeOpenCorrection(sqlite, row.id, w.userId, w.at);
  return { submissionId: row.id, version: row.version, status: w.status, keptVersion };
}

/**
 * Writes a workflow step in ONE immediate transaction: checks the stored version and status
 * against what the actor saw (VersionConflictError / WorkflowStatusConflictError, both 409,
 * write nothing), moves the status (values and version unchanged), keeps the state as a kept
 * version when the step is a point that keeps one, and writes the signoff, comments or
 * correction record of the step. Any failure writes nothing.
 */
export function applyTransition(db: Db, w: TransitionWrite): TransitionWritten {
  const sqlite = db.$client;
  return sqlite.transaction(() => write(sqlite, w)).immediate();
}
