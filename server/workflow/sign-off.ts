import { isLeaf } from "@/lib";
import { canSubmitCompiled, keptPointOf, transition } from "@/lib/workflow";
import { signOffSchema } from "@/lib/workflow/schemas";
import { resolveComments } from "@/db/mutations/submission-comments";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { listSubmissionStatuses } from "@/db/queries/submissions";
import { defineCommand } from "../kernel/command";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitDeadline, unitLateness, unitTarget } from "./unit";

/**
 * 待签发 → 已报送 (负责人, stats.signoff): records the signer's name and time with the version
 * signed, in the same transaction as the status change; the signed state is kept as a version
 * (the 报送单 names its number). Past the unit's deadline it is accepted
 * and flagged 逾期 (`late: true, lateBy`). A compiling unit signs only while every direct child
 * is still approved. Open reviewer comments of earlier returns are marked resolved. The signer
 * is the signed-in user (their display name; a `signerName` they send changes nothing); the
 * console, which has no account, names the signer in `signerName`.
 */
export const signOff = defineCommand({
  name: "stats.signoff",
  schema: signOffSchema,
  permission: (input, { db }) => ({ action: "stats.signoff", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = requireState(unit, input.version);
    const signerName = user.system ? (input.signerName ?? "") : user.displayName;
    const unapproved = isLeaf(unit.tree, unit.node.orgId) ? [] : canSubmitCompiled(unit.tree, unit.node.orgId, listSubmissionStatuses(db, unit.cycle.id)).unapproved;
    const next = nextOrRefuse(
      transition(state.status, { type: "sign-off", signerName, unapprovedChildren: unapproved.map((n) => n.name) }, { correctionRequested: state.openCorrection !== null }),
    );
    const late = unitLateness(unit, now);
    const { keptVersion } = applyTransition(db, {
      submissionId: state.submissionId,
      expectedVersion: input.version,
      expectedStatus: state.status,
      status: next.status,
      at: now,
      userId: user.id,
      signoff: { signerName, kind: "stats", deadline: unitDeadline(unit), late: late.late },
      keep: keptPointOf("sign-off"),
    });
    resolveComments(db, state.submissionId, now);
    audit({ action: "stats.signoff",
      ...auditTarget(input.year, input.orgCode),
      detail: { before: state.status, after: next.status, version: state.version, keptVersion, signer: signerName, ...late },
    });
    return { status: next.status, version: state.version, keptVersion, signerName, signedAt: now, ...late };
  },
});
