import type Database from "better-sqlite3";
import { prepared } from "../prepared";

/** A 签发 as written (inside applyTransition's transaction). */
export type SignoffInput = {
  submissionId: number;
  version: number;
  signerUserId: number | null;
  signerName: string;
  at: number;
  kind: "stats" | "report";
  deadline: string | null;
  late: boolean;
  /** The kept version the 签发 made (statistics); null otherwise. */
  keptVersion?: number | null;
};

const INSERT = `insert into signoffs (submission_id, version, signer_user_id, signer_name, at, kind, deadline, late, kept_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Inserts one signoff row; call inside the transaction of the status change it records. */
export function insertSignoff(sqlite: Database.Database, s: SignoffInput): void {
  prepared(sqlite, INSERT).run(s.submissionId, s.version, s.signerUserId, s.signerName, s.at, s.kind, s.deadline, s.late ? 1 : 0, s.keptVersion ?? null);
}
