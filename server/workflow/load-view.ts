import { isLeaf, type OrgTree, type RosterNode, type Template } from "@/lib";
import { deadlineFor, KEPT_POINT_LABELS, lateness, statusLabel } from "@/lib/workflow";
import { formatShanghai } from "@/lib/time";
import type { CurrentUser } from "@/server/kernel/caller";
import { can } from "@/server/kernel/can";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getWorkflowState } from "@/db/queries/workflow-state";
import { listSignoffs } from "@/db/queries/signoffs";
import { listComments } from "@/db/queries/submission-comments";
import { latestKeptVersion } from "@/db/queries/kept-versions";
import type { WorkflowView } from "@/lib/contracts/workflow-view";

/**
 * The unit page's workflow panel, for the current user: state, last 签发, 逾期, comments and the
 * buttons this user may use now (the commands check permission and status again).
 */
export function loadWorkflowView(
  db: Db,
  opts: { user: CurrentUser; cycle: Cycle; tree: OrgTree; node: RosterNode; template: Template; updatedAt: number | null; at: number },
): WorkflowView {
  const { user, cycle, tree, node, template } = opts;
  const state = getWorkflowState(db, cycle.id, node.orgId);
  const target = { kind: "org" as const, orgId: node.orgId };
  const status = state?.status ?? null;
  const signoff = state ? listSignoffs(db, state.submissionId).filter((s) => s.kind === "stats").at(-1) : undefined;
  const signLate = signoff ? lateness(signoff.at, signoff.deadline) : { late: false as const };
  const comments = state ? listComments(db, state.submissionId) : [];
  const kept = state ? latestKeptVersion(db, state.submissionId) : null;
  // A draft saved after the latest kept version has moved on from it (its lock version is past the kept one).
  const movedOn = kept !== null && state !== null && state.version !== kept.version;
  const keptLabel = kept ? `第 ${kept.kept} 版（${KEPT_POINT_LABELS[kept.point]}）${movedOn ? "，之后有修改" : ""}` : "尚无（标记待签发时保留第 1 版）";
  const deadline = deadlineFor(cycle.deadlines, node.kind, "submit");
  const sent = status === "submitted" || status === "approved";
  const overdue = sent ? { late: false as const } : lateness(opts.at, deadline);
  const leaf = isLeaf(tree, node.orgId);
  // A compiling unit compiles its values at 待签发: it may start without a stored submission.
  const readyFrom = status === "draft" || status === "returned" || (!leaf && status === null);
  const review = status === "submitted" && can(db, user, "stats.review", target, cycle.year);
  return {
    year: cycle.year,
    orgCode: node.code,
    unitName: node.name,
    status,
    statusLabel: statusLabel(status),
    version: state?.version ?? 0,
    keptLabel,
    nextKept: (kept?.kept ?? 0) + 1,
    userName: user.displayName,
    lastChange: opts.updatedAt ? formatShanghai(opts.updatedAt) : null,
    signoff: signoff ? { signerName: signoff.signerName, at: formatShanghai(signoff.at), late: signoff.late, lateBy: signLate.late ? signLate.lateBy : null, keptVersion: signoff.keptVersion } : null,
    approvedAt: status === "approved" && state?.approvedAt ? formatShanghai(state.approvedAt) : null,
    deadline,
    overdueBy: overdue.late ? overdue.lateBy : null,
    comments: comments.map((c) => ({
      id: c.id,
      cell: c.cellCode,
      cellName: c.cellCode ? (template.cell(c.cellCode)?.name ?? null) : null,
      text: c.text,
      at: formatShanghai(c.at),
      resolved: c.resolvedAt !== null,
    })),
    openCorrection: state?.openCorrection ? { reason: state.openCorrection.reason, at: formatShanghai(state.openCorrection.at) } : null,
    allowed: {
      ready: readyFrom && can(db, user, "stats.edit", target, cycle.year),
      signOff: status === "ready" && can(db, user, "stats.signoff", target, cycle.year),
      review,
      correct: status === "approved" && !state?.openCorrection && can(db, user, "stats.correct.request", target, cycle.year),
      reopen: status === "approved" && !!state?.openCorrection && can(db, user, "stats.correct.reopen", target, cycle.year),
    },
    cells: review ? template.cells.map((c) => ({ code: c.code, name: c.name })) : [],
  };
}
