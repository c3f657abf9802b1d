import { orgAttributes } from "../orgs/attributes";
import { isLeaf } from "@/lib";
import { canSubmitCompiled, compiledValues, keptPointOf, readiness, transition, type Readiness } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { versionOnlySchema } from "@/lib/workflow/schemas";
import type { Db } from "@/db/client";
import { VersionConflictError } from "@/db/errors";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { previousApprovedValues } from "@/db/queries/previous-values";
import { getSubmission, listSubmissionStatuses, listSubmissionValues } from "@/db/queries/submissions";
import { defineCommand } from "../kernel/command";
import { CommandError } from "../kernel/errors";
import { auditTarget, loadUnit, requireState, unitTarget, type UnitContext } from "./unit";

type Outcome = { version: number; keptVersion: number; readiness: Readiness };

function explanationMap(list: { ruleKey: string; text: string }[]): Record<string, string> {
  return Object.fromEntries(list.map((e) => [e.ruleKey, e.text]));
}

/** 422 with what blocks 待签发 as field errors, so the form can list them. */
function blocked(reason: string, r: Readiness): CommandError {
  return new CommandError(422, reason, { missing: r.missing, hard: r.hard.map((i) => i.message), unexplained: r.unexplained.map((i) => i.key) });
}

/** A leaf unit: its stored values and explanations must be ready; the status moves, nothing else. */
function markLeaf(db: Db, u: UnitContext, expected: number, at: number, userId: number | null): Outcome {
  const state = requireState(u, expected);
  const stored = getSubmission(db, u.cycle.id, u.node.orgId)!;
  const previous = previousApprovedValues(db, u.cycle.year, u.template.id, u.node.code);
  const r = readiness(u.template, stored.values, explanationMap(stored.explanations), previous, changeThreshold(u.cycle), orgAttributes(db, u.node.orgId));
  const next = transition(state.status, { type: "mark-ready", readiness: r }, { correctionRequested: state.openCorrection !== null });
  if (!next.ok) throw blocked(next.reason, r);
  const { keptVersion } = applyTransition(db, { submissionId: state.submissionId, expectedVersion: expected, expectedStatus: state.status, status: next.status, at, userId, keep: keptPointOf("mark-ready") });
  return { version: state.version, keptVersion: keptVersion!, readiness: r };
}

/** A compiling unit: every direct child approved; its values compiled from the counted leaves and saved as a new version. */
function markCompiled(db: Db, u: UnitContext, expected: number, at: number, userId: number | null): Outcome {
  if ((u.state?.version ?? 0) !== expected) throw new VersionConflictError(u.node.orgId, expected, u.state?.version ?? 0);
  const statuses = listSubmissionStatuses(db, u.cycle.id);
  const check = canSubmitCompiled(u.tree, u.node.orgId, statuses);
  const leafValues = new Map(listSubmissionValues(db, u.cycle.id, ["approved"]).map((s) => [s.orgId, s.values]));
  const values = compiledValues(u.tree, u.node.orgId, statuses, leafValues);
  const stored = getSubmission(db, u.cycle.id, u.node.orgId);
  const previous = previousApprovedValues(db, u.cycle.year, u.template.id, u.node.code);
  const r = readiness(u.template, values, explanationMap(stored?.explanations ?? []), previous, changeThreshold(u.cycle), orgAttributes(db, u.node.orgId));
  // A compiled result is never typed: without a stored submission it starts as an implicit draft.
  const next = transition(u.state?.status ?? "draft", { type: "mark-ready", readiness: r, unapprovedChildren: check.unapproved.map((n) => n.name) });
  if (!next.ok) throw blocked(next.reason, r);
  const [saved] = replaceSubmissions(db, u.cycle.id, [{ orgId: u.node.orgId, status: "ready", values, expectedVersion: expected, onlyFrom: ["draft", "returned"], keep: keptPointOf("mark-ready")! }], userId, at);
  return { version: saved!.version, keptVersion: saved!.keptVersion!, readiness: r };
}

/**
 * 草稿 / 已退回 → 待签发 (填报员, stats.edit). Refused (422, nothing written) with what blocks it:
 * missing cells, hard issues, unexplained warnings. A compiling unit's values are compiled here
 * from the approved submissions below it (every direct child must be approved) and saved as a
 * new version. Either way the state marked is kept as a version (第 n 版).
 */
export const markReady = defineCommand({
  name: "stats.ready",
  schema: versionOnlySchema,
  permission: (input, { db }) => ({ action: "stats.edit", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const before = unit.state?.status ?? null;
    const out = isLeaf(unit.tree, unit.node.orgId) ? markLeaf(db, unit, input.version, now, user.id) : markCompiled(db, unit, input.version, now, user.id);
    const warnings = out.readiness.warnings.length;
    audit({ action: "stats.ready", ...auditTarget(input.year, input.orgCode), detail: { before, after: "ready", version: out.version, keptVersion: out.keptVersion, warnings } });
    return { status: "ready" as const, version: out.version, keptVersion: out.keptVersion, warnings };
  },
});
