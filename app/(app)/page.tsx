import { Empty } from "antd";
import { getHomeSummary } from "@/app/_server/home-summary";
import { requireUser } from "@/app/_server/guards";
import { SplitTable } from "@/components/statistics/split-table";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { getTemplate } from "@/lib/templates";

export const metadata = { title: "首页 - 年报编制系统" };

export default async function HomePage() {
  await requireUser();
  const summary = await getHomeSummary();
  if (!summary) {
    return (
      <>
        <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>年度政府信息公开工作统计表</h1>
        <section style={{ background: "#fff", padding: "48px 16px", borderRadius: 8 }}>
          <Empty description="暂无已审核数据" />
        </section>
      </>
    );
  }
  const template = getTemplate(summary.templateId);

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {summary.year}年度政府信息公开工作统计表（{summary.orgName}）
      </h1>
      {template.sections.map((section) => {
        const single = section.tables.length === 1 && !section.tables[0]?.title;
        return (
          <section key={section.id} aria-label={section.title} style={{ marginBottom: 24 }}>
            {single ? null : <h2 style={{ fontSize: 18 }}>{section.title}</h2>}
            {section.tables.map((table) => (
              <StatisticsTable
                key={table.id}
                table={table}
                values={summary.values}
                caption={table.title || section.title}
              />
            ))}
          </section>
        );
      })}
      {summary.split.length > 0 ? (
        <section aria-label="本级与盟市构成" style={{ marginBottom: 24 }}>
          <SplitTable parts={summary.split} />
        </section>
      ) : null}
    </>
  );
}
