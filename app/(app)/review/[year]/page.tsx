import { forbidden, notFound } from "next/navigation";
import { Card, Progress } from "antd";
import { requireUser } from "@/server/next/guards";
import { now } from "@/server/kernel/clock";
import { loadDashboard } from "@/server/review/dashboard";
import { getDb } from "@/db/client";
import { ReviewTable } from "@/components/workflow/review-table";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { bulkApproveAction } from "./actions";

export const metadata = { title: "审核 - 年报编制系统" };

const percent = (n: number, d: number) => (d === 0 ? 0 : Math.round((n * 100) / d));

/** The reviewer's dashboard: the direct children of the user's unit in the cycle, with where each stands. */
export default async function ReviewPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearText } = await params;
  const user = await requireUser();
  const year = Number(yearText);
  const db = getDb();
  const dashboard = Number.isInteger(year) ? loadDashboard(db, user, year, now()) : null;
  if (!dashboard) notFound();
  if (dashboard.rows.length === 0) forbidden();
  const { total, submitted, approved, late, unpublished, publishLate } = dashboard.counts;

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px" }}>
        {cycleTitle(db, year)}统计数据审核（{user.orgName}的下级单位）
      </h1>
      <Card size="small" style={{ marginBottom: 16 }}>
        <p data-testid="review-completeness" style={{ margin: "0 0 8px" }}>
          已报送 {submitted} / {total}，已通过 {approved} / {total}；逾期 {late} 个，报告未发布 {unpublished} 个（逾期发布或逾期未发布 {publishLate} 个）。报表格式：{dashboard.template.name}（{dashboard.template.id}）
        </p>
        {/* Blue: sent up; green: approved (plain props only: this is a server component). */}
        <Progress aria-label="报送进度" percent={percent(submitted, total)} success={{ percent: percent(approved, total) }} />
      </Card>
      <section style={{ background: "#fff" }}>
        <ReviewTable year={year} rows={dashboard.rows} format={dashboard.template.id} bulkApprove={bulkApproveAction} />
      </section>
    </>
  );
}
