import { requireUnitPage } from "@/app/_server/unit-page";
import { Alert } from "antd";
import { can } from "@/app/_server/guards";
import { getReportPreface } from "@/db/queries/report-preface";
import { defaultScope } from "@/lib/report/scope";
import { EMPTY_REPORT_PREFACE } from "@/lib/validation/report-fields";
import { ReportView } from "@/components/report-view/report-view";
import { saveReportFields } from "./actions";
import { PublishSection } from "./publish-section";

export const metadata = { title: "年度报告 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/** A unit's annual report: its preface fields (editable with report.edit) and a live PDF preview. */
export default async function ReportPage({ params }: { params: Promise<Params> }) {
  const { db, user, year, roster, node } = await requireUnitPage(params, "report.read");
  const compiles = (roster.children.get(node.orgId)?.length ?? 0) > 0;
  const editable = can(user, "report.edit", { kind: "org", orgId: node.orgId });
  const saved = getReportPreface(db, year, node.code);

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
      <ReportView
        year={year}
        orgCode={node.code}
        editable={editable}
        defaults={{ unitName: node.name, scope: defaultScope(node.name, compiles) }}
        initial={{ ...EMPTY_REPORT_PREFACE, ...saved }}
        action={editable ? saveReportFields : null}
      />
    </>
  );
}
