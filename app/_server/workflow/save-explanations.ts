import "server-only";
import { EDITABLE_STATUSES, readiness, transition } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { explanationsSchema } from "@/lib/workflow/schemas";
import { saveExplanations as writeExplanations } from "@/db/mutations/submissions";
import { previousApprovedValues } from "@/db/queries/previous-values";
import { getSubmission } from "@/db/queries/submissions";
import { defineCommand } from "../command";
import { audit } from "../audit";
import { auditTarget, loadUnit, nextOrRefuse, requireState, unitTarget } from "./unit";

/**
 * Replaces the unit's warning explanations (填报员, stats.edit) while its data is editable; blank
 * texts are dropped. A 待签发 submission that no longer has every warning explained goes back to
 * 草稿 in the same transaction. Answers the readiness after the save.
 */
export const saveExplanations = defineCommand({
  name: "stats.explain",
  schema: explanationsSchema,
  permission: (input, { db }) => ({ action: "stats.edit", target: unitTarget(db, input.orgCode) }),
  run(input, { user, db, ip, now }) {
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = requireState(unit, input.version);
    const explanations = Object.entries(input.explanations)
      .map(([ruleKey, text]) => ({ ruleKey, text: text.trim() }))
      .filter((e) => e.text)
      .sort((a, b) => (a.ruleKey < b.ruleKey ? -1 : a.ruleKey > b.ruleKey ? 1 : 0));
    const stored = getSubmission(db, unit.cycle.id, unit.node.orgId)!;
    const previous = previousApprovedValues(db, unit.cycle.year, unit.template.id, unit.node.code);
    const r = readiness(unit.template, stored.values, Object.fromEntries(explanations.map((e) => [e.ruleKey, e.text])), previous, changeThreshold(unit.cycle));
    const status = state.status === "ready" && !r.ready ? nextOrRefuse(transition(state.status, { type: "edit" })).status : state.status;
    writeExplanations(db, unit.cycle.id, unit.node.orgId, explanations, { expectedVersion: input.version, onlyFrom: EDITABLE_STATUSES, status, at: now, userId: user.id });
    audit({
      userId: user.id,
      username: user.username,
      ip,
      action: "stats.explain",
      ...auditTarget(input.year, input.orgCode),
      detail: { before: state.status, after: status, version: state.version, keys: explanations.map((e) => e.ruleKey) },
    });
    return { status, version: state.version, ready: r.ready, unexplained: r.unexplained.map((i) => i.key) };
  },
});
