import { orgAttributes } from "../orgs/attributes";
import { formatScaled, isLeaf, type CellValues, type Template } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { canSubmitCompiled, EDITABLE_STATUSES, readiness, statusLabel, writtenExplanation } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { formatShanghai } from "@/lib/time";
import { getSubmission, listSubmissionStatuses } from "@/db/queries/submissions";
import { latestKeptVersion } from "@/db/queries/kept-versions";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { previousApprovedValues } from "@/db/queries/previous-values";
import type { ReadContext } from "../kernel/read";
import { unitPage } from "../orgs/unit-page";
import { loadCycleTotals } from "./cycle-totals";
import { loadWorkflowView } from "../workflow/load-view";
import { loadFilesView } from "../workflow/load-files";
import { loadComparison } from "../workflow/load-comparison";
import { loadKeptHistory, loadSinceSigned } from "../workflow/kept-history";

/** Statuses in which a compiling unit's stored values are its frozen compiled result (decision 011). */
const FROZEN = ["ready", "submitted", "approved"];

function sameValues(a: CellValues, b: CellValues): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export type CompiledWarningView = { key: string; message: string; text: string };

/**
 * A unit's statistics page of a year (stats.read): its own submission, or (for a compiling unit)
 * its compiled result: the stored version once marked 待签发 (what is signed and reviewed), else
 * the live compilation of the approved data below it.
 */
export function loadUnitStatsPage(ctx: ReadContext, params: { year: string; orgCode: string }) {
  const { db, user } = ctx;
  const { year, cycle, roster, node } = unitPage(ctx, params, "stats.read");
  const template: Template = getTemplate(cycle.templateId);
  const target = { kind: "org" as const, orgId: node.orgId };
  const leaf = isLeaf(roster, node.orgId);
  const submission = getSubmission(db, cycle.id, node.orgId);
  const live: CellValues = leaf ? {} : (loadCycleTotals(db, year, "approved")?.totals.get(node.orgId) ?? {});
  const frozen = !leaf && !!submission && FROZEN.includes(submission.status);
  const values: CellValues = leaf || frozen ? (submission?.values ?? {}) : live;

  function compiledView() {
    const statuses = listSubmissionStatuses(db, cycle.id);
    const pending = canSubmitCompiled(roster, node.orgId, statuses).unapproved.map((c) => ({ orgCode: c.code, name: c.name, statusLabel: statusLabel(statuses.get(c.orgId)) }));
    const explained = Object.fromEntries((submission?.explanations ?? []).map((e) => [e.ruleKey, e.text]));
    const previous = previousApprovedValues(db, year, template.id, node.code);
    const r = readiness(template, values, explained, previous, changeThreshold(cycle), orgAttributes(db, node.orgId));
    const warnings: CompiledWarningView[] = r.warnings.map((w) => ({ key: w.key, message: w.message, text: writtenExplanation(explained[w.key]) }));
    const editableNow = !submission || EDITABLE_STATUSES.includes(submission.status);
    return {
      version: submission?.version ?? 0,
      keptNumber: submission ? (latestKeptVersion(db, submission.id)?.kept ?? null) : null,
      source: frozen ? ("frozen" as const) : ("live" as const),
      pending,
      warnings,
      stale: frozen && !sameValues(submission!.values, live),
      canExplain: !frozen && editableNow && ctx.can("stats.edit", target, year),
    };
  }

  const workflowView = loadWorkflowView(db, { user, cycle, tree: roster, node, template, updatedAt: submission?.updatedAt ?? null, at: ctx.now });
  // The reviewer above reads last year's values, the change and the explanations here; so does the
  // unit's 负责人 before 签发 (the warnings, what the unit wrote, what changed since the last 签发).
  // The 填报员 has them in the form.
  const readsComparison = !!submission && (node.orgId !== user.orgId || workflowView.allowed.signOff);
  const unit = submission ? { db, cycle, template, orgCode: node.code, orgId: node.orgId, submission } : null;
  const comparison = readsComparison && unit ? { ...loadComparison(db, { cycle, template, orgCode: node.code, submission: submission! }), sinceSigned: loadSinceSigned(unit) } : null;
  const signing =
    comparison && workflowView.allowed.signOff
      ? {
          warnings: comparison.warnings.length,
          unexplained: comparison.warnings.filter((w) => !w.explanation).length,
          changes: comparison.sinceSigned.changes.length,
          sinceNumber: comparison.sinceSigned.since?.number ?? null,
          firstSigning: comparison.sinceSigned.since === null,
        }
      : null;
  const workflow = { ...workflowView, signing };
  const keptNow = submission ? latestKeptVersion(db, submission.id) : null;
  return {
    year,
    title: cycleTitle(db, year),
    orgCode: node.code,
    unitName: node.name,
    leaf,
    /** What the 数据 line says the figures are. */
    dataSource: leaf ? "本单位填报" : frozen ? `本级汇总结果${keptNow ? `（第 ${keptNow.kept} 版）` : ""}` : "下级单位已通过数据的实时汇总",
    statusLabel: statusLabel(submission?.status),
    lastChange: submission ? formatShanghai(submission.updatedAt) : "—",
    template,
    workflow,
    files: loadFilesView(db, { user, cycleId: cycle.id, year, orgId: node.orgId, orgCode: node.code }),
    comparison,
    compiled: leaf ? null : compiledView(),
    history: unit ? loadKeptHistory(unit) : null,
    reviewsChildren: node.orgId === user.orgId && (roster.children.get(node.orgId) ?? []).some((c) => ctx.can("stats.review", { kind: "org", orgId: c.orgId }, year)),
    editable: leaf && ctx.can("stats.edit", target, year),
    /** The parent's reviewer may upload this unit's filled spreadsheet as its draft (stats.import). */
    reviewerImports: leaf && node.orgId !== user.orgId && ctx.can("stats.import", target, year),
    /** The reviewer's own page: one Excel template workbook for the leaf children it may upload for. */
    childTemplates: node.orgId === user.orgId && (roster.children.get(node.orgId) ?? []).some((c) => isLeaf(roster, c.orgId) && ctx.can("stats.import", { kind: "org", orgId: c.orgId }, year)),
    canReadReport: ctx.can("report.read", target, year),
    drillBase: leaf ? undefined : `/stats/${year}/${encodeURIComponent(node.code)}/cells`,
    /** Cell code → the value as the table prints it. */
    printed: Object.fromEntries(template.cells.filter((c) => values[c.code] !== undefined).map((c) => [c.code, formatScaled(values[c.code]!, c.scale)])),
  };
}

export type UnitStatsPageView = ReturnType<typeof loadUnitStatsPage>;
