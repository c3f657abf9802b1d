import { orgAttributes } from "../orgs/attributes";
import { isLeaf, type CellValues } from "@/lib";
import { explainableKeys } from "@/lib/rules";
import { compiledValues, EDITABLE_STATUSES, readiness, transition } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { explanationsSchema } from "@/lib/workflow/schemas";
import type { Db } from "@/db/client";
import { VersionConflictError } from "@/db/errors";
import { replaceSubmissions, saveExplanations as writeExplanations } from "@/db/mutations/submissions";
import { previousApprovedValues } from "@/db/queries/previous-values";
import { getSubmission, listSubmissionStatuses, listSubmissionValues } from "@/db/queries/submissions";
import { defineCommand } from "../kernel/command";
import { CommandError } from "../kernel/errors";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitTarget, type UnitContext } from "./unit";

/** A compiling unit's values as compiled now from the approved submissions below it. */
export function liveCompiledValues(db: Db, u: UnitContext): CellValues {
  const statuses = listSubmissionStatuses(db, u.cycle.id);
  const leafValues = new Map(listSubmissionValues(db, u.cycle.id, ["approved"]).map((s) => [s.orgId, s.values]));
  return compiledValues(u.tree, u.node.orgId, statuses, leafValues);
}

function sameValues(a: CellValues, b: CellValues): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * Replaces the unit's warning explanations (填报员, stats.edit) while its data is editable; blank
 * texts are dropped. A 待签发 submission that no longer has every warning explained goes back to
 * 草稿 in the same transaction. Answers the readiness after the save.
 *
 * A compiling unit explains the warnings of its compiled values (decision 011): its values are
 * compiled now and stored with the explanations (a new version; the first save creates its
 * 草稿, version 0 expected), so it can explain before its first 待签发. Should the compiled
 * values have changed since a 待签发, it goes back to 草稿.
 */
export const saveExplanations = defineCommand({
  name: "stats.explain",
  schema: explanationsSchema,
  permission: (input, { db }) => ({ action: "stats.edit", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const compiling = !isLeaf(unit.tree, unit.node.orgId);
    if (compiling && (unit.state?.version ?? 0) !== input.version) throw new VersionConflictError(unit.node.orgId, input.version, unit.state?.version ?? 0);
    const state = compiling ? unit.state : requireState(unit, input.version);
    if (state && !EDITABLE_STATUSES.includes(state.status)) throw new CommandError(409, `当前状态下不能修改提示说明`);
    const known = explainableKeys(unit.template);
    const unknown = Object.keys(input.explanations).filter((k) => !known.has(k));
    if (unknown.length) throw new CommandError(422, `提示说明中有本表没有的提示：${unknown.slice(0, 3).join("、")}${unknown.length > 3 ? ` 等 ${unknown.length} 项` : ""}`);
    const explanations = Object.entries(input.explanations)
      .map(([ruleKey, text]) => ({ ruleKey, text: text.trim() }))
      .filter((e) => e.text)
      .sort((a, b) => (a.ruleKey < b.ruleKey ? -1 : a.ruleKey > b.ruleKey ? 1 : 0));
    const stored = getSubmission(db, unit.cycle.id, unit.node.orgId);
    const values = compiling ? liveCompiledValues(db, unit) : stored!.values;
    const previous = previousApprovedValues(db, unit.cycle.year, unit.template.id, unit.node.code);
    const r = readiness(unit.template, values, Object.fromEntries(explanations.map((e) => [e.ruleKey, e.text])), previous, changeThreshold(unit.cycle), orgAttributes(db, unit.node.orgId));
    const before = state?.status ?? null;
    const changed = compiling && stored !== null && !sameValues(stored.values, values);
    const status = before === "ready" && (!r.ready || changed) ? nextOrRefuse(transition(before, { type: "edit" })).status : (before ?? "draft");
    let version = state?.version ?? 0;
    if (compiling) {
      const [saved] = replaceSubmissions(db, unit.cycle.id, [{ orgId: unit.node.orgId, status, values, explanations, expectedVersion: input.version, onlyFrom: EDITABLE_STATUSES }], user.id, now);
      version = saved!.version;
    } else {
      writeExplanations(db, unit.cycle.id, unit.node.orgId, explanations, { expectedVersion: input.version, onlyFrom: EDITABLE_STATUSES, status, at: now, userId: user.id });
    }
    audit({ action: "stats.explain",
      ...auditTarget(input.year, input.orgCode),
      detail: { before, after: status, version, keys: explanations.map((e) => e.ruleKey), ...(compiling ? { compiled: true } : {}) },
    });
    return { status, version, ready: r.ready, unexplained: r.unexplained.map((i) => i.key) };
  },
});
