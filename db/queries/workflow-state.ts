import type { Db } from "../client";
import { prepared } from "../prepared";
import type { CorrectionRequest, SubmissionStatus } from "../schema";
import { openCorrectionRequest } from "./correction-requests";

/** A submission's workflow state: status, version, stamps and its open correction request. */
export type WorkflowState = {
  submissionId: number;
  status: SubmissionStatus;
  version: number;
  submittedAt: number | null;
  approvedAt: number | null;
  openCorrection: CorrectionRequest | null;
};

const FIND = `select id, status, version, submitted_at, approved_at from submissions where cycle_id = ? and org_id = ?`;

/** The unit's workflow state in the cycle, or null when it has no submission (未填报). */
export function getWorkflowState(db: Db, cycleId: number, orgId: number): WorkflowState | null {
  const row = prepared(db.$client, FIND).get(cycleId, orgId) as
    | { id: number; status: SubmissionStatus; version: number; submitted_at: number | null; approved_at: number | null }
    | undefined;
  if (!row) return null;
  return {
    submissionId: row.id,
    status: row.status,
    version: row.version,
    submittedAt: row.submitted_at,
    approvedAt: row.approved_at,
    openCorrection: openCorrectionRequest(db, row.id),
  };
}
