import { Button } from "antd";
import Link from "next/link";
import { readPage } from "@/server/next/read";
import { loadUnitStatsPage } from "@/server/stats/unit-page-view";
import { VersionHistory } from "@/components/workflow/version-history";
import { CompiledResult } from "@/components/workflow/compiled-result";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { SubmissionFiles } from "@/components/workflow/submission-files";
import { SubmissionComparison } from "@/components/workflow/submission-comparison";
import { FactList } from "@/components/workflow/fact-list";
import { FileImport } from "@/components/stats-import/file-import";
import { approveAction, markReadyAction, reopenAction, requestCorrectionAction, returnAction, saveExplanationsAction, signOffAction } from "./workflow-actions";

export const metadata = { title: "统计数据 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/**
 * A unit's statistics of a year: its own submission, or (for a compiling unit) its compiled
 * result: the stored version once marked 待签发 (what is signed and reviewed), else the live
 * compilation of the approved data below it. Read-only for a compiling unit.
 */
export default async function UnitStatsPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  const view = await readPage((ctx) => loadUnitStatsPage(ctx, p));
  const { year, template, compiled } = view;

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {view.title}政府信息公开工作统计表（{view.unitName}）
      </h1>
      {/* The 填报员's way to the form: a button at the top, not a small link at the foot. */}
      {view.editable ? (
        <p style={{ textAlign: "center", margin: "0 0 16px" }}>
          <Button type="primary" size="large" href={`/stats/${year}/${encodeURIComponent(view.orgCode)}/edit`} style={{ minWidth: 160 }}>
            填报
          </Button>
        </p>
      ) : null}
      {view.reviewerImports ? (
        <p style={{ textAlign: "center", margin: "0 0 16px" }}>
          <FileImport year={year} mode="draft" orgCode={view.orgCode} />
        </p>
      ) : null}
      <div style={{ marginBottom: 16 }}>
        <FactList
          items={[
            { key: "k", label: "数据", children: view.dataSource },
            { key: "s", label: view.leaf ? "状态" : "本级汇总报送状态", children: view.statusLabel },
            { key: "u", label: "最后修改", children: view.lastChange },
          ]}
        />
      </div>
      <WorkflowPanel
        view={view.workflow}
        actions={{
          markReady: markReadyAction,
          signOff: signOffAction,
          returnSubmission: returnAction,
          approve: approveAction,
          requestCorrection: requestCorrectionAction,
          reopen: reopenAction,
        }}
        extra={<SubmissionFiles view={view.files} />}
      />
      {view.comparison ? <SubmissionComparison view={view.comparison} title={view.workflow.allowed.signOff ? "签发核对" : "审核要点"} /> : null}
      {compiled ? (
        <CompiledResult
          year={year}
          orgCode={view.orgCode}
          version={compiled.version}
          keptNumber={compiled.keptNumber}
          source={compiled.source}
          pending={compiled.pending}
          stale={compiled.stale}
          warnings={compiled.warnings}
          canExplain={compiled.canExplain}
          saveExplanations={saveExplanationsAction}
        />
      ) : null}
      {view.history ? (
        <VersionHistory view={view.history} />
      ) : null}
      {view.reviewsChildren ? (
        <p style={{ textAlign: "right" }}>
          <Link href={`/review/${year}`}>审核下级单位</Link>
          {view.childTemplates ? (
            <a href={`/api/stats/${year}/${encodeURIComponent(view.orgCode)}/children-template.xlsx`} download style={{ marginLeft: 16 }}>
              下载下级单位 Excel 填报模板
            </a>
          ) : null}
        </p>
      ) : null}
      <p style={{ textAlign: "right", display: "flex", gap: 16, justifyContent: "flex-end" }}>
        <Link href={`/stats/${year}/${encodeURIComponent(view.orgCode)}/print`}>打印填报表</Link>
        {view.leaf ? (
          <a href={`/api/stats/${year}/${encodeURIComponent(view.orgCode)}/template.xlsx`} download>
            下载 Excel 填报模板
          </a>
        ) : null}
        {view.canReadReport ? <Link href={`/reports/${year}/${encodeURIComponent(view.orgCode)}`}>年度报告</Link> : null}
      </p>
      {template.sections.map((section) => (
        <section key={section.id} aria-label={section.title} style={{ marginBottom: 24 }}>
          {section.tables.map((table) => (
            <StatisticsTable key={table.id} table={table} values={view.printed} caption={table.title || section.title} drillBase={view.drillBase} />
          ))}
        </section>
      ))}
    </>
  );
}
