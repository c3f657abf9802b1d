import { readPage } from "@/server/next/read";
import { loadEditStatsPage } from "@/server/stats/edit-page";
import { StatsForm } from "@/components/stats-form/stats-form";
import { FileImport } from "@/components/stats-import/file-import";
import { saveExplanationsAction } from "../workflow-actions";
import { loadCurrent, saveStats } from "./actions";

export const metadata = { title: "填报统计数据 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/** The unit's statistics form for a year (a leaf unit of the cycle's roster only). */
export default async function EditStatsPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  const view = await readPage((ctx) => loadEditStatsPage(ctx, p));

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {view.year}年度政府信息公开工作统计表（{view.unitName}）
      </h1>
      {/* Offline filling: download the unit's Excel template (its figures so far), upload it filled. */}
      <p style={{ textAlign: "right", margin: "0 0 12px", display: "flex", gap: 16, justifyContent: "flex-end", alignItems: "center" }}>
        <a href={`/api/stats/${view.year}/${encodeURIComponent(view.orgCode)}/template.xlsx`} download>
          下载 Excel 填报模板
        </a>
        {view.current.editable ? <FileImport year={view.year} mode="draft" orgCode={view.orgCode} templateHref={`/api/stats/${view.year}/${encodeURIComponent(view.orgCode)}/template.xlsx`} /> : null}
      </p>
      <StatsForm
        templateId={view.templateId}
        year={view.year}
        orgCode={view.orgCode}
        initial={view.current}
        previous={view.previous}
        prefill={view.prefill}
        change={view.change}
        orgAttributes={view.orgAttributes}
        save={saveStats}
        loadCurrent={loadCurrent}
        initialExplanations={view.explanations}
        saveExplanations={saveExplanationsAction}
        comments={view.comments}
      />
    </>
  );
}
