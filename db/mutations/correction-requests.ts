import type Database from "better-sqlite3";
import { DbError } from "../errors";
import { prepared } from "../prepared";

const SQL = {
  open: `select id from correction_requests where submission_id = ? and reopened_at is null`,
  insert: `insert into correction_requests (submission_id, reason, requested_by, at) values (?, ?, ?, ?)`,
  close: `update correction_requests set reopened_by = ?, reopened_at = ? where submission_id = ? and reopened_at is null`,
} as const;

/** Inserts a correction request; refuses a second open one (call inside the step's transaction). */
export function insertCorrectionRequest(
  sqlite: Database.Database,
  r: { submissionId: number; reason: string; requestedBy: number | null; at: number },
): void {
  if (prepared(sqlite, SQL.open).get(r.submissionId)) throw new DbError("已提出更正申请，正在等待审核员处理");
  prepared(sqlite, SQL.insert).run(r.submissionId, r.reason, r.requestedBy, r.at);
}

/** Marks the open correction request reopened; throws when there is none (call inside the step's transaction). */
export function closeOpenCorrection(sqlite: Database.Database, submissionId: number, reopenedBy: number | null, at: number): void {
  if (prepared(sqlite, SQL.close).run(reopenedBy, at, submissionId).changes === 0) {
    throw new DbError("该单位没有待处理的更正申请");
  }
}
