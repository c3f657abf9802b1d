import { requireUnitPage } from "@/server/next/unit-page";
import { Alert } from "antd";
import { can } from "@/server/next/guards";
import { getReportPreface } from "@/db/queries/report-preface";
import { defaultScope } from "@/lib/report/scope";
import { EMPTY_REPORT_PREFACE } from "@/lib/validation/report-fields";
import { loadReportEditor } from "@/server/reports/report-document";
import { reportSimilarity } from "@/server/reports/similarity";
import { ReportWorkspace } from "@/components/report-editor/report-workspace";
import { SimilarityWarning } from "@/components/report-editor/similarity-warning";
import { loadNarrative, saveNarrative, saveReportFields } from "./actions";
import { PublishSection } from "./publish-section";

export const metadata = { title: "年度报告 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/**
 * A unit's annual report: the narrative editor (with report.edit; read-only otherwise), the
 * preface fields and a live PDF preview; for the 负责人 and the reviewer above, a warning when
 * the written text is much like another report's.
 */
export default async function ReportPage({ params }: { params: Promise<Params> }) {
  const { db, user, year, cycle, roster, node } = await requireUnitPage(params, "report.read");
  const compiles = (roster.children.get(node.orgId)?.length ?? 0) > 0;
  const target = { kind: "org", orgId: node.orgId } as const;
  const editable = can(user, "report.edit", target);
  const saved = getReportPreface(db, year, node.code);
  const editor = loadReportEditor(db, year, node.code);
  // The 负责人 signs it off; the reviewer above decides on the unit's submissions.
  const seesSimilarity = can(user, "report.signoff", target) || can(user, "stats.review", target);
  const similarity = seesSimilarity ? reportSimilarity(db, cycle, roster, node) : null;

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {node.name}{year}年政府信息公开工作年度报告
      </h1>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={compiles ? "本报告汇总下级单位已审核通过的统计数据生成。" : "本报告按本单位已审核通过的统计数据生成。"}
      />
      <PublishSection year={year} orgCode={node.code} />
      {similarity ? <SimilarityWarning result={similarity} /> : null}
      <ReportWorkspace
        editor={
          editor.ok
            ? {
                year,
                orgCode: node.code,
                editable,
                templateId: editor.data.templateId,
                skeleton: editor.data.skeleton,
                draft: editor.data.draft,
                carried: editor.data.carried,
                catalog: editor.data.catalog,
                save: editable ? saveNarrative : null,
                load: loadNarrative,
              }
            : null
        }
        editorMissing={editor.ok ? undefined : `${editor.message}。数据审核通过后即可撰写正文。`}
        view={{
          year,
          orgCode: node.code,
          editable,
          defaults: { unitName: node.name, scope: defaultScope(node.name, compiles) },
          initial: { ...EMPTY_REPORT_PREFACE, ...saved },
          action: editable ? saveReportFields : null,
        }}
      />
    </>
  );
}
