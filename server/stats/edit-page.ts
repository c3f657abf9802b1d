import { orgAttributes } from "../orgs/attributes";
import { isLeaf } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { unitPage } from "../orgs/unit-page";
import { previousLineReader } from "@/db/queries/previous-values";
import { getSubmission } from "@/db/queries/submissions";
import { listComments } from "@/db/queries/submission-comments";
import { formatShanghai } from "@/lib/time";
import type { FormComment } from "@/lib/contracts/form-comment";
import { loadCarryOverPrefill, loadCurrentStats, loadPreviousStats, loadStoredExplanations } from "./load-stats";

/** The reviewer's open comments on the unit's submission (from its last 退回), for the form to show at their cells. */
function openComments(ctx: ReadContext, cycleId: number, orgId: number): FormComment[] {
  const submission = getSubmission(ctx.db, cycleId, orgId);
  if (!submission) return [];
  return listComments(ctx.db, submission.id)
    .filter((c) => c.resolvedAt === null)
    .map((c) => ({ id: c.id, cell: c.cellCode, text: c.text, at: formatShanghai(c.at) }));
}

/** The unit's statistics form for a year (stats.edit; a leaf unit of the cycle's roster only, else 404). */
export function loadEditStatsPage(ctx: ReadContext, params: { year: string; orgCode: string }) {
  const { year, cycle, roster, node } = unitPage(ctx, params, "stats.edit");
  // A compiling unit's figures are the sum of its units: there is nothing to fill in.
  if (!isLeaf(roster, node.orgId)) throw new CommandError(404, `${node.name}是汇总单位，无需填报`);
  const template = getTemplate(cycle.templateId);
  const line = previousLineReader(ctx.db, year, template.id)?.(node.code) ?? null;
  return {
    year,
    orgCode: node.code,
    unitName: node.name,
    templateId: template.id,
    current: loadCurrentStats(ctx.db, cycle.id, template.id, node.orgId),
    explanations: loadStoredExplanations(ctx.db, cycle.id, node.orgId),
    comments: openComments(ctx, cycle.id, node.orgId),
    previous: loadPreviousStats(template, line),
    prefill: loadCarryOverPrefill(ctx.db, cycle.id, template, node.orgId, line),
    change: { factorNum: cycle.warningFactorNum, factorDen: cycle.warningFactorDen, minimum: cycle.warningMinimum },
    orgAttributes: orgAttributes(ctx.db, node.orgId),
  };
}
