import { Alert } from "antd";
import { readPage } from "@/server/next/read";
import { loadReportPage } from "@/server/reports/report-page";
import { ReportWorkspace } from "@/components/report-editor/report-workspace";
import { SimilarityWarning } from "@/components/report-editor/similarity-warning";
import { loadNarrative, saveNarrative, saveReportFields, saveReportWording } from "./actions";
import { PublishSection } from "./publish-section";
import { ReportTabs } from "@/components/report-view/report-tabs";

export const metadata = { title: "年度报告 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/**
 * A unit's annual report: the narrative editor (with report.edit; read-only otherwise), the
 * preface fields and a live PDF preview; for the 负责人 and the reviewer above, a warning when
 * the written text is much like another report's.
 */
export default async function ReportPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ coverage?: string | string[] }> }) {
  const p = await params;
  const search = await searchParams;
  const { year, orgCode, unitName, coverage, tabs, compiles, editable, editor, similarity, preface, wording, publish } = await readPage((ctx) => loadReportPage(ctx, p, search));

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {unitName}{year}年政府信息公开工作年度报告
      </h1>
      {tabs.length ? <ReportTabs tabs={tabs} /> : null}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          coverage === "own"
            ? "本报告为本级报告：汇总本级政府办公室及其部门已审核通过的统计数据生成。"
            : compiles
              ? "本报告汇总下级单位已审核通过的统计数据生成。"
              : "本报告按本单位已审核通过的统计数据生成。"
        }
      />
      <PublishSection view={publish} coverage={coverage} />
      {similarity ? <SimilarityWarning result={similarity} /> : null}
      <ReportWorkspace
        editor={
          editor.ok
            ? {
                year,
                orgCode,
                coverage,
                editable,
                templateId: editor.data.templateId,
                skeleton: editor.data.skeleton,
                draft: editor.data.draft,
                measures: editor.data.measures,
                catalog: editor.data.catalog,
                save: editable ? saveNarrative.bind(null, coverage) : null,
                load: loadNarrative.bind(null, coverage),
                comments: publish.prereview.code === "returned" ? publish.prereview.comments : [],
              }
            : null
        }
        editorMissing={editor.ok ? undefined : `${editor.message}。数据审核通过后即可撰写正文。`}
        view={{
          year,
          orgCode,
          coverage,
          editable,
          defaults: preface.defaults,
          initial: preface.initial,
          action: editable ? saveReportFields.bind(null, coverage) : null,
        }}
        wording={{ year, orgCode, defaults: wording.defaults, initial: wording.initial, action: editable ? saveReportWording : null }}
      />
    </>
  );
}
