import { keptPointOf, transition } from "@/lib/workflow";
import { versionOnlySchema } from "@/lib/workflow/schemas";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { defineCommand } from "../kernel/command";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitLateness, unitTarget } from "./unit";

/** 已报送 → 已通过 (the parent's 审核员, stats.review on the child unit): the version is locked and kept. */
export const approve = defineCommand({
  name: "stats.approve",
  schema: versionOnlySchema,
  permission: (input, { db }) => ({ action: "stats.review", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = requireState(unit, input.version);
    const next = nextOrRefuse(transition(state.status, { type: "approve" }, { correctionRequested: state.openCorrection !== null }));
    const { keptVersion } = applyTransition(db, { submissionId: state.submissionId, expectedVersion: input.version, expectedStatus: state.status, status: next.status, at: now, userId: user.id, keep: keptPointOf("approve") });
    const late = unitLateness(unit, state.submittedAt);
    audit({ action: "stats.approve", ...auditTarget(input.year, input.orgCode), detail: { before: state.status, after: next.status, version: state.version, keptVersion, ...late } });
    return { status: next.status, version: state.version, keptVersion, approvedAt: now, ...late };
  },
});
