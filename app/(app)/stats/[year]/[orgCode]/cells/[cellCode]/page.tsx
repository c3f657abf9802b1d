import Link from "next/link";
import { Alert } from "antd";
import { readPage } from "@/server/next/read";
import { loadCellDrillPage } from "@/server/review/drill-page";
import { DrillTable } from "@/components/workflow/drill-table";

export const metadata = { title: "数据构成 - 年报编制系统" };

type Params = { year: string; orgCode: string; cellCode: string };

/** Drill-down of one cell of a unit's compiled table: the contributing units, sorted, down to the leaves. */
export default async function CellDrillPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  const { year, orgCode, unitName, cell, unit, root, hidden } = await readPage((ctx) => loadCellDrillPage(ctx, p));
  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 8px", textAlign: "center" }}>
        {year}年度 {unitName}：{cell.name}（{cell.code}）的构成
      </h1>
      <p style={{ textAlign: "center", margin: "0 0 16px" }}>
        合计 <strong data-testid="drill-total">{root.text}</strong>
        {unit}，来自 {root.leaves} 个填报单位
      </p>
      <p style={{ textAlign: "right" }}>
        <Link href={`/stats/${year}/${encodeURIComponent(orgCode)}`}>返回统计表</Link>
      </p>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title="只计入审核通过的数据（与统计表的合计口径相同）。按数值从大到小排列，数值相同按单位代码排列；占比为占本级合计的百分比。"
      />
      {hidden ? (
        <Alert type="warning" style={{ marginBottom: 16 }} title={`另有 ${hidden.units} 个填报单位您无权查看，合计 ${hidden.text}${unit}。`} />
      ) : null}
      <section style={{ background: "#fff" }}>
        <DrillTable root={root} unit={unit} />
      </section>
    </>
  );
}
