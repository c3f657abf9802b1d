import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "antd";
import { getTemplate } from "@/lib/templates";
import { requireUnitPage } from "@/server/next/unit-page";
import { loadDrill } from "@/server/review/drill";
import { DrillTable } from "@/components/workflow/drill-table";

export const metadata = { title: "数据构成 - 年报编制系统" };

type Params = { year: string; orgCode: string; cellCode: string };

/** Drill-down of one cell of a unit's compiled table: the contributing units, sorted, down to the leaves. */
export default async function CellDrillPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  const { db, user, year, cycle, roster, node } = await requireUnitPage(Promise.resolve(p), "stats.read");
  const template = getTemplate(cycle.templateId);
  const cell = template.cell(p.cellCode);
  if (!cell) notFound();
  const drill = loadDrill(db, user, cycle, roster, node, cell);
  const unit = cell.unit === "—" ? "" : cell.unit;
  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 8px", textAlign: "center" }}>
        {year}年度 {node.name}：{cell.name}（{cell.code}）的构成
      </h1>
      <p style={{ textAlign: "center", margin: "0 0 16px" }}>
        合计 <strong data-testid="drill-total">{drill.root.text}</strong>
        {unit}，来自 {drill.root.leaves} 个填报单位
      </p>
      <p style={{ textAlign: "right" }}>
        <Link href={`/stats/${year}/${encodeURIComponent(node.code)}`}>返回统计表</Link>
      </p>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title="只计入审核通过的数据（与统计表的合计口径相同）。按数值从大到小排列，数值相同按单位代码排列；占比为占本级合计的百分比。"
      />
      {drill.hidden ? (
        <Alert type="warning" style={{ marginBottom: 16 }} title={`另有 ${drill.hidden.units} 个填报单位您无权查看，合计 ${drill.hidden.text}${unit}。`} />
      ) : null}
      <section style={{ background: "#fff" }}>
        <DrillTable root={drill.root} unit={unit} />
      </section>
    </>
  );
}
