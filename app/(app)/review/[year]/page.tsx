import { Card, Progress } from "antd";
import { readPage } from "@/server/next/read";
import { loadReviewPage } from "@/server/review/review-page";
import { ReviewTable } from "@/components/workflow/review-table";
import { FileImport } from "@/components/stats-import/file-import";
import { bulkApproveAction } from "./actions";

export const metadata = { title: "审核 - 年报编制系统" };

/** The reviewer's dashboard: the direct children of the user's unit in the cycle, with where each stands. */
export default async function ReviewPage({ params }: { params: Promise<{ year: string }> }) {
  const p = await params;
  const view = await readPage((ctx) => loadReviewPage(ctx, p));
  const { total, submitted, approved, late, unpublished, publishLate, prereviewPending } = view.counts;

  return (
    // Wide: the dashboard's ten columns fit a 1440 px screen without scrolling (app-shell.module.css).
    <div data-page-width="wide">
      <h1 style={{ fontSize: 22, margin: "0 0 16px" }}>
        {view.title}统计数据审核（{view.orgName}的下级单位）
      </h1>
      <Card size="small" style={{ marginBottom: 16 }}>
        <p data-testid="review-completeness" style={{ margin: "0 0 8px" }}>
          已报送 {submitted} / {total}，已通过 {approved} / {total}；逾期 {late} 个，报告未发布 {unpublished} 个（逾期发布或逾期未发布 {publishLate} 个）{prereviewPending ? `；报告待预审 ${prereviewPending} 个` : ""}。报表格式：{view.template.name}
        </p>
        {/* Blue: sent up; green: approved (plain props only: this is a server component). */}
        <Progress aria-label="报送进度" percent={view.progress.submitted} success={{ percent: view.progress.approved }} />
        {/* Units that filled the spreadsheet offline: their files, one or many, saved as their drafts. */}
        <FileImport year={view.year} mode="draft" label="上传下级单位的 Excel" />
      </Card>
      <section style={{ background: "#fff" }}>
        <ReviewTable year={view.year} rows={view.rows} format={view.template.name} bulkApprove={bulkApproveAction} />
      </section>
    </div>
  );
}
