import { keptPointOf, transition } from "@/lib/workflow";
import { reopenSchema } from "@/lib/workflow/schemas";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { defineCommand } from "../kernel/command";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitTarget } from "./unit";

/**
 * Reopens approved statistics that have an open 更正 request (the parent's 审核员,
 * stats.correct.reopen): 已通过 → 已退回 (default) or 草稿. The unit corrects them and signs off
 * again. The reopened state is kept as a version (更正), as the approved one was at 通过.
 */
export const reopen = defineCommand({
  name: "stats.correct.reopen",
  schema: reopenSchema,
  permission: (input, { db }) => ({ action: "stats.correct.reopen", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = requireState(unit, input.version);
    const next = nextOrRefuse(transition(state.status, { type: "reopen", to: input.to }, { correctionRequested: state.openCorrection !== null }));
    const { keptVersion } = applyTransition(db, { submissionId: state.submissionId, expectedVersion: input.version, expectedStatus: state.status, status: next.status, at: now, userId: user.id, reopenCorrection: true, keep: keptPointOf("reopen") });
    audit({ action: "stats.correct.reopen",
      ...auditTarget(input.year, input.orgCode),
      detail: { before: state.status, after: next.status, version: state.version, keptVersion, reason: state.openCorrection?.reason ?? null },
    });
    return { status: next.status, version: state.version, keptVersion };
  },
});
