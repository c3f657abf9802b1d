import { Empty } from "antd";
import { readPage } from "@/server/next/read";
import { loadHomePage } from "@/server/home/home-page";
import { SplitTable } from "@/components/statistics/split-table";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { HomeTodoCard } from "@/components/home/home-todo";
import { getTemplate } from "@/lib/templates";

export const metadata = { title: "首页 - 年报编制系统" };

export default async function HomePage() {
  const view = await readPage(loadHomePage);
  if (view.kind === "welcome") {
    const { roles } = view;
    return (
      <section style={{ background: "#fff", padding: "32px 24px", borderRadius: 8 }}>
        <h1 style={{ fontSize: 22, marginTop: 0 }}>欢迎，{view.displayName}</h1>
        <p>您的角色：{roles.length ? roles.join("、") : "尚未授予角色（请联系安全管理员）"}。</p>
        <p>请从上方菜单进入您可以使用的功能。</p>
      </section>
    );
  }
  const { summary, todo, drillBase } = view;
  // 审核 is per child unit, so it cannot be a global menu entry: reviewers get a link here, with
  // the unit's own statistics of this season.
  const reviewLink = todo ? <HomeTodoCard todo={todo} /> : null;
  if (!summary) {
    return (
      <>
        <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>年度政府信息公开工作统计表</h1>
        {reviewLink}
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
      {reviewLink}
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
                drillBase={drillBase}
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
