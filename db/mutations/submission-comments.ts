import type Database from "better-sqlite3";
import type { Db } from "../client";
import { prepared } from "../prepared";

/** A reviewer's comment: on one cell, or (cellCode null) the whole submission. */
export type CommentInput = { cellCode: string | null; text: string };

const SQL = {
  insert: `insert into submission_comments (submission_id, version, cell_code, text, author_user_id, at) values (?, ?, ?, ?, ?, ?)`,
  resolve: `update submission_comments set resolved_at = ? where submission_id = ? and resolved_at is null`,
} as const;

/** Inserts comments on a version; call inside the transaction of the return they go with. */
export function insertComments(
  sqlite: Database.Database,
  on: { submissionId: number; version: number; at: number },
  comments: readonly CommentInput[],
  authorUserId: number | null,
): void {
  const stmt = prepared(sqlite, SQL.insert);
  for (const c of comments) stmt.run(on.submissionId, on.version, c.cellCode, c.text, authorUserId, on.at);
}

/** Marks every open comment of a submission resolved (e.g. when it is signed off again); returns how many. */
export function resolveComments(db: Db, submissionId: number, at: number): number {
  return prepared(db.$client, SQL.resolve).run(at, submissionId).changes;
}
