import { requireUnitPage } from "@/app/_server/unit-page";
import { Descriptions } from "antd";
import { formatScaled, isLeaf, type CellValues } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { statusLabel } from "@/lib/workflow";
import { formatShanghai } from "@/lib/time";
import Link from "next/link";
import { can } from "@/app/_server/guards";
import { getSubmission } from "@/db/queries/submissions";
import { loadCycleTotals } from "@/db/queries/cycle-totals";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { loadWorkflowView } from "@/components/workflow/load-view";
import { loadFilesView } from "@/components/workflow/load-files";
import { SubmissionFiles } from "@/components/workflow/submission-files";
import { loadComparison } from "@/components/workflow/load-comparison";
import { SubmissionComparison } from "@/components/workflow/submission-comparison";
import { approveAction, markReadyAction, reopenAction, requestCorrectionAction, returnAction, signOffAction } from "./workflow-actions";

export const metadata = { title: "统计数据 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/** A unit's statistics of a year: its own submission, or (for a compiling unit) the approved totals below it. */
export default async function UnitStatsPage({ params }: { params: Promise<Params> }) {
  const { db, user, year, cycle, roster, node } = await requireUnitPage(params, "stats.read");
  const template = getTemplate(cycle.templateId);
  const leaf = isLeaf(roster, node.orgId);
  const submission = getSubmission(db, cycle.id, node.orgId);
  const values: CellValues = leaf ? (submission?.values ?? {}) : (loadCycleTotals(db, year, "approved")?.totals.get(node.orgId) ?? {});
  const editable = leaf && can(user, "stats.edit", { kind: "org", orgId: node.orgId });
  const reviewsChildren = node.orgId === user.orgId && (roster.children.get(node.orgId) ?? []).some((c) => can(user, "stats.review", { kind: "org", orgId: c.orgId }));
  const workflow = loadWorkflowView(db, { user, cycle, tree: roster, node, template, updatedAt: submission?.updatedAt ?? null });
  const files = loadFilesView(db, { user, cycleId: cycle.id, year, orgId: node.orgId, orgCode: node.code });
  // Someone above the unit (its reviewer) reads last year's values, the change and the explanations here; the unit has them in its form.
  const comparison = submission && node.orgId !== user.orgId ? loadComparison(db, { cycle, template, orgCode: node.code, submission }) : null;
  const drillBase = leaf ? undefined : `/stats/${year}/${encodeURIComponent(node.code)}/cells`;
  const printed = Object.fromEntries(template.cells.filter((c) => values[c.code] !== undefined).map((c) => [c.code, formatScaled(values[c.code]!, c.scale)]));

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {year}年度政府信息公开工作统计表（{node.name}）
      </h1>
      <Descriptions
        size="small"
        style={{ marginBottom: 16, background: "#fff" }}
        bordered
        column={3}
        items={[
          { key: "k", label: "数据", children: leaf ? "本单位填报" : "下级单位已通过数据的汇总" },
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
