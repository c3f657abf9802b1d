import { SplitTable } from "@/components/statistics/split-table";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { getTemplate } from "@/lib/templates";
import type { HomeSummary } from "@/lib/contracts/home-summary";

/** The latest approved totals of a compiling unit, each value opening its drill-down. */
export function HomeFigures({ summary, drillBase }: { summary: HomeSummary; drillBase: string | undefined }) {
  const template = getTemplate(summary.templateId);
  return (
    <section aria-label="最新汇总数据">
      <h2 style={{ fontSize: 18, margin: "0 0 12px" }}>
        {summary.year}年度政府信息公开工作统计表（{summary.orgName}）
      </h2>
      {template.sections.map((section) => {
        const single = section.tables.length === 1 && !section.tables[0]?.title;
        return (
          <section key={section.id} aria-label={section.title} style={{ marginBottom: 24 }}>
            {single ? null : <h3 style={{ fontSize: 16 }}>{section.title}</h3>}
            {section.tables.map((table) => (
              <StatisticsTable key={table.id} table={table} values={summary.values} caption={table.title || section.title} drillBase={drillBase} />
            ))}
          </section>
        );
      })}
      {summary.split.length > 0 ? (
        <section aria-label="本级与盟市构成" style={{ marginBottom: 24 }}>
          <SplitTable parts={summary.split} />
        </section>
      ) : null}
    </section>
  );
}
