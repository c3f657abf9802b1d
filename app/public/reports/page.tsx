import { notFound } from "next/navigation";
import { readPublicPage } from "@/server/next/read";
import { loadPublicReports, type PublicVersion } from "@/server/reports/publication/public-list";
import styles from "./public-reports.module.css";

export const metadata = { title: "政府信息公开工作年度报告 - 已发布" };
export const dynamic = "force-dynamic";

/** Where a version is read: the official platform once its URL is recorded, otherwise the frozen PDF here. */
function VersionLink({ v }: { v: PublicVersion }) {
  const label = `第${v.version}版`;
  return (
    <li>
      {v.officialUrl ? (
        <a href={v.officialUrl} rel="noreferrer">
          {label}（政府信息公开平台，{v.officialDate}）
        </a>
      ) : (
        <a href={v.pdfPath} aria-label={`下载${v.title}${label} PDF`}>
          {label} PDF
        </a>
      )}
      ，发布日期 {v.publishedDate}
      {v.correctionNote ? <span className={styles.note}>；更正说明（{v.correctionDate}）：{v.correctionNote}</span> : null}
    </li>
  );
}

/**
 * The public list of published annual reports (no login): by year and unit, every version,
 * linking to the official platform where the unit recorded the address, serving the frozen PDF
 * otherwise. Nothing else of the app is public.
 */
export default async function PublicReportsPage() {
  const years = await readPublicPage((ctx) => loadPublicReports(ctx.db));
  if (!years) notFound();
  return (
    <main className={styles.page}>
      <h1>政府信息公开工作年度报告</h1>
      <p>各单位已发布的年度报告。报告以各单位在政府信息公开平台发布的版本为准；已更正的报告保留历次版本。</p>
      {years.length === 0 ? <p>暂无已发布的报告。</p> : null}
      {years.map((y) => (
        <section key={y.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>{y.year}年度</h2>
          <table className={styles.table}>
            <caption>{y.year}年度已发布的报告</caption>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">报告</th>
                <th scope="col">最新版本</th>
                <th scope="col">发布日期</th>
                <th scope="col">版本与下载</th>
              </tr>
            </thead>
            <tbody>
              {y.units.map((u) => {
                const latest = u.versions.at(-1)!;
                return (
                  <tr key={`${u.orgCode}/${u.coverage}`}>
                    <th scope="row">{u.orgName}{u.coverage === "own" ? "（本级）" : ""}</th>
                    <td>
                      {latest.title}
                      {u.flag ? (
                        <span className={styles.flag} title="报告发布后，生成报告所用的统计数据已更正或发生变化">
                          {u.flag}
                        </span>
                      ) : null}
                    </td>
                    <td>第{latest.version}版</td>
                    <td>{latest.publishedDate}</td>
                    <td>
                      <ul className={styles.versions}>
                        {u.versions.map((v) => (
                          <VersionLink key={v.version} v={v} />
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
