import { requireUnitPage } from "@/server/next/unit-page";
import { Descriptions } from "antd";
import { formatScaled, isLeaf, type CellValues } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { canSubmitCompiled, EDITABLE_STATUSES, readiness, statusLabel } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { formatShanghai } from "@/lib/time";
import Link from "next/link";
import { can } from "@/server/next/guards";
import { getSubmission, listSubmissionStatuses, listSubmissionVersions } from "@/db/queries/submissions";
import { VersionHistory } from "@/components/workflow/version-history";
import { listSignoffs } from "@/db/queries/signoffs";
import { loadCycleTotals } from "@/server/stats/cycle-totals";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { previousApprovedValues } from "@/db/queries/previous-values";
import { CompiledResult, type CompiledWarning } from "@/components/workflow/compiled-result";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { loadWorkflowView } from "@/server/workflow/load-view";
import { loadFilesView } from "@/server/workflow/load-files";
import { SubmissionFiles } from "@/components/workflow/submission-files";
import { loadComparison } from "@/server/workflow/load-comparison";
import { SubmissionComparison } from "@/components/workflow/submission-comparison";
import { approveAction, markReadyAction, reopenAction, requestCorrectionAction, returnAction, saveExplanationsAction, signOffAction } from "./workflow-actions";

/** Statuses in which a compiling unit's stored values are its frozen compiled result (decision 011). */
const FROZEN = ["ready", "submitted", "approved"];

function sameValues(a: CellValues, b: CellValues): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export const metadata = { title: "统计数据 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/**
 * A unit's statistics of a year: its own submission, or (for a compiling unit) its compiled
 * result: the stored version once marked 待签发 (what is signed and reviewed), else the live
 * compilation of the approved data below it. Read-only for a compiling unit.
 */
export default async function UnitStatsPage({ params }: { params: Promise<Params> }) {
  const { db, user, year, cycle, roster, node } = await requireUnitPage(params, "stats.read");
  const template = getTemplate(cycle.templateId);
  const leaf = isLeaf(roster, node.orgId);
  const submission = getSubmission(db, cycle.id, node.orgId);
  const live: CellValues = leaf ? {} : (loadCycleTotals(db, year, "approved")?.totals.get(node.orgId) ?? {});
  const frozen = !leaf && submission && FROZEN.includes(submission.status);
  const values: CellValues = leaf || frozen ? (submission?.values ?? {}) : live;
  const compiled = leaf ? null : compiledView();
  const editable = leaf && can(user, "stats.edit", { kind: "org", orgId: node.orgId });
  const reviewsChildren = node.orgId === user.orgId && (roster.children.get(node.orgId) ?? []).some((c) => can(user, "stats.review", { kind: "org", orgId: c.orgId }));
  const workflow = loadWorkflowView(db, { user, cycle, tree: roster, node, template, updatedAt: submission?.updatedAt ?? null });
  const files = loadFilesView(db, { user, cycleId: cycle.id, year, orgId: node.orgId, orgCode: node.code });
  // Someone above the unit (its reviewer) reads last year's values, the change and the explanations here; the unit has them in its form.
  const comparison = submission && node.orgId !== user.orgId ? loadComparison(db, { cycle, template, orgCode: node.code, submission }) : null;
  const drillBase = leaf ? undefined : `/stats/${year}/${encodeURIComponent(node.code)}/cells`;
  function compiledView() {
    const statuses = listSubmissionStatuses(db, cycle.id);
    const pending = canSubmitCompiled(roster, node.orgId, statuses).unapproved.map((c) => ({ orgCode: c.code, name: c.name, statusLabel: statusLabel(statuses.get(c.orgId)) }));
    const explained = Object.fromEntries((submission?.explanations ?? []).map((e) => [e.ruleKey, e.text]));
    const previous = previousApprovedValues(db, year, template.id, node.code);
    const r = readiness(template, values, explained, previous, changeThreshold(cycle));
    const warnings: CompiledWarning[] = r.warnings.map((w) => ({ key: w.key, message: w.message, text: explained[w.key] ?? "" }));
    const editableNow = !submission || EDITABLE_STATUSES.includes(submission.status);
    return {
      pending,
      warnings,
      stale: !!frozen && !sameValues(submission!.values, live),
      canExplain: !frozen && editableNow && can(user, "stats.edit", { kind: "org", orgId: node.orgId }),
    };
  }
  const printed = Object.fromEntries(template.cells.filter((c) => values[c.code] !== undefined).map((c) => [c.code, formatScaled(values[c.code]!, c.scale)]));

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {cycleTitle(db, year)}政府信息公开工作统计表（{node.name}）
      </h1>
      <Descriptions
        size="small"
        style={{ marginBottom: 16, background: "#fff" }}
        bordered
        column={3}
        items={[
          { key: "k", label: "数据", children: leaf ? "本单位填报" : frozen ? `本级汇总结果（第 ${submission!.version} 版）` : "下级单位已通过数据的实时汇总" },
          { key: "s", label: leaf ? "状态" : "本级汇总报送状态", children: statusLabel(submission?.status) },
          { key: "u", label: "最后修改", children: submission ? `${formatShanghai(submission.updatedAt)}（第 ${submission.version} 版）` : "—" },
        ]}
      />
      <WorkflowPanel
        view={workflow}
        actions={{
          markReady: markReadyAction,
          signOff: signOffAction,
          returnSubmission: returnAction,
          approve: approveAction,
          requestCorrection: requestCorrectionAction,
          reopen: reopenAction,
        }}
        extra={<SubmissionFiles view={files} />}
      />
      {comparison ? <SubmissionComparison view={comparison} /> : null}
      {compiled ? (
        <CompiledResult
          year={year}
          orgCode={node.code}
          version={submission?.version ?? 0}
          source={frozen ? "frozen" : "live"}
          pending={compiled.pending}
          stale={compiled.stale}
          warnings={compiled.warnings}
          canExplain={compiled.canExplain}
          saveExplanations={saveExplanationsAction}
        />
      ) : null}
      {submission ? (
        <VersionHistory template={template} versions={listSubmissionVersions(db, cycle.id, node.orgId)} current={{ version: submission.version, values: submission.values }}
          signoffs={listSignoffs(db, submission.id).filter((s) => s.kind === "stats")}
        />
      ) : null}
      {reviewsChildren ? (
        <p style={{ textAlign: "right" }}>
          <Link href={`/review/${year}`}>审核下级单位</Link>
        </p>
      ) : null}
      <p style={{ textAlign: "right", display: "flex", gap: 16, justifyContent: "flex-end" }}>
        {editable ? <Link href={`/stats/${year}/${encodeURIComponent(node.code)}/edit`}>填报</Link> : null}
        {can(user, "report.read", { kind: "org", orgId: node.orgId }) ? (
          <Link href={`/reports/${year}/${encodeURIComponent(node.code)}`}>年度报告</Link>
        ) : null}
      </p>
      {template.sections.map((section) => (
        <section key={section.id} aria-label={section.title} style={{ marginBottom: 24 }}>
          {section.tables.map((table) => (
            <StatisticsTable key={table.id} table={table} values={printed} caption={table.title || section.title} drillBase={drillBase} />
          ))}
        </section>
      ))}
    </>
  );
}
