import { keptPointOf, transition } from "@/lib/workflow";
import { returnSchema } from "@/lib/workflow/schemas";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitLateness, unitTarget } from "./unit";

/**
 * 已报送 → 已退回 (the parent's 审核员, stats.review on the child unit), with comments on cells
 * or on the whole submission, written in the same transaction as the status change; the
 * returned state is kept as a version.
 */
export const returnSubmission = defineCommand({
  name: "stats.return",
  schema: returnSchema,
  permission: (input, { db }) => ({ action: "stats.review", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = requireState(unit, input.version);
    const unknown = input.comments.filter((c) => c.cell !== undefined && !unit.template.cell(c.cell)).map((c) => c.cell!);
    if (unknown.length) throw invalid(`退回意见指向的单元格不存在：${unknown.join("、")}`);
    const next = nextOrRefuse(transition(state.status, { type: "return", comments: input.comments }, { correctionRequested: state.openCorrection !== null }));
    const comments = input.comments.map((c) => ({ cellCode: c.cell ?? null, text: c.text }));
    const { keptVersion } = applyTransition(db, { submissionId: state.submissionId, expectedVersion: input.version, expectedStatus: state.status, status: next.status, at: now, userId: user.id, comments, keep: keptPointOf("return") });
    audit({ action: "stats.return", ...auditTarget(input.year, input.orgCode), detail: { before: state.status, after: next.status, version: state.version, keptVersion, comments } });
    return { status: next.status, version: state.version, keptVersion, comments: comments.length, ...unitLateness(unit, state.submittedAt) };
  },
});
