import { transition } from "@/lib/workflow";
import { correctionSchema } from "@/lib/workflow/schemas";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { defineCommand } from "../kernel/command";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitTarget } from "./unit";

/**
 * 更正申请 on approved statistics (the unit, stats.correct.request), with a reason. The status
 * stays 已通过 (its totals still count) until the reviewer reopens it.
 */
export const requestCorrection = defineCommand({
  name: "stats.correct.request",
  schema: correctionSchema,
  permission: (input, { db }) => ({ action: "stats.correct.request", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = requireState(unit, input.version);
    const next = nextOrRefuse(transition(state.status, { type: "request-correction", reason: input.reason }, { correctionRequested: state.openCorrection !== null }));
    applyTransition(db, { submissionId: state.submissionId, expectedVersion: input.version, expectedStatus: state.status, status: next.status, at: now, userId: user.id, correctionRequest: { reason: input.reason } });
    audit({ action: "stats.correct.request", ...auditTarget(input.year, input.orgCode), detail: { before: state.status, after: next.status, version: state.version, reason: input.reason } });
    return { status: next.status, version: state.version, correctionRequested: true };
  },
});
