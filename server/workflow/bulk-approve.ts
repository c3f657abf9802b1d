import { keptPointOf, transition } from "@/lib/workflow";
import { bulkApproveSchema } from "@/lib/review/bulk";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { defineCommand } from "../kernel/command";
import { CommandError } from "../kernel/errors";
import { canOn } from "../kernel/can";
import { treeAccessFor } from "../orgs/tree";
import { auditTarget, loadUnit, unitLateness } from "./unit";

/**
 * 批量通过: 已报送 → 已通过 for several direct children at once, ALL OR NOTHING. Every unit must be
 * one the reviewer may review (403 otherwise), 已报送 and at the version the reviewer saw; if any
 * is not, nothing is approved and the answer (409) lists each refused unit with its reason. The
 * approvals are written in one transaction and audited one entry per unit (like a single approve).
 */
export const bulkApprove = defineCommand({
  name: "stats.approve.bulk",
  schema: bulkApproveSchema,
  // Checked again for every unit in run(); the first one decides the generic 403.
  permission: (input, { db }) => ({ action: "stats.review", target: { kind: "org", orgId: getOrganisationByCode(db, input.items[0]!.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { user, db, now, audit }) {
    const access = treeAccessFor(db, input.year);
    const codes = new Set<string>();
    const refused: string[] = [];
    const plans = input.items.map((item) => {
      if (codes.has(item.orgCode)) throw new CommandError(422, `单位 ${item.orgCode} 重复出现`);
      codes.add(item.orgCode);
      const org = getOrganisationByCode(db, item.orgCode);
      if (!canOn(access, user, "stats.review", { kind: "org", orgId: org?.id ?? -1 })) throw new CommandError(403, `您没有审核单位 ${item.orgCode} 的权限，未通过任何单位`);
      const unit = loadUnit(db, input.year, item.orgCode);
      const state = unit.state;
      const name = `${unit.node.name}（${unit.node.code}）`;
      if (!state) refused.push(`${name}：尚未填报`);
      else if (state.version !== item.version) refused.push(`${name}：数据已被修改（第 ${state.version} 版），请刷新`);
      else {
        const next = transition(state.status, { type: "approve" }, { correctionRequested: state.openCorrection !== null });
        if (!next.ok) refused.push(`${name}：${next.reason}`);
        else return { item, unit, state, next: next.status };
      }
      return null;
    });
    if (refused.length) throw new CommandError(409, `有 ${refused.length} 个单位不能审核通过，未通过任何单位`, { refused });
    const ok = plans.filter((p) => p !== null);
    const kept = db.$client
      .transaction(() =>
        ok.map((p) => applyTransition(db, { submissionId: p.state.submissionId, expectedVersion: p.item.version, expectedStatus: p.state.status, status: p.next, at: now, userId: user.id, keep: keptPointOf("approve") }).keptVersion),
      )
      .immediate();
    for (const [i, p] of ok.entries()) {
      const late = unitLateness(p.unit, p.state.submittedAt);
      audit({ action: "stats.approve",
        ...auditTarget(input.year, p.item.orgCode),
        detail: { before: p.state.status, after: p.next, version: p.state.version, keptVersion: kept[i], bulk: true, ...late },
      });
    }
    return { approved: ok.map((p, i) => ({ orgCode: p.item.orgCode, name: p.unit.node.name, version: p.state.version, keptVersion: kept[i] })), approvedAt: now };
  },
});
