import { shanghaiDay } from "@/lib/time";
import type { Db } from "@/db/client";
import { listPublicReports } from "@/db/queries/report-publications";
import { DATA_FLAG, flagKey, publicationDataFlags } from "./data-flags";
import { coverageSuffix } from "./downloads";
import { publicListEnabled } from "./public-setting";
import type { ReportCoverage } from "@/lib/report/coverage";

export type PublicVersion = {
  version: number;
  title: string;
  publishedDate: string;
  correctionNote: string | null;
  correctionDate: string | null;
  officialUrl: string | null;
  officialDate: string | null;
  /** The frozen PDF in this app: linked only where no official URL is recorded. */
  pdfPath: string;
};

/** One report of a unit (a government with two reports has two entries: 全域 and 本级). */
export type PublicUnitReports = { orgId: number; orgCode: string; orgName: string; coverage: ReportCoverage; versions: PublicVersion[]; flag: string | null };

export type PublicYear = { year: number; units: PublicUnitReports[] };

/** Everything published, by year (newest first) and unit (by code); each unit's versions oldest first. Null while the office keeps the list off. */
export function loadPublicReports(db: Db): PublicYear[] | null {
  if (!publicListEnabled(db)) return null;
  const years: PublicYear[] = [];
  for (const row of listPublicReports(db)) {
    let y = years.at(-1);
    if (!y || y.year !== row.year) years.push((y = { year: row.year, units: [] }));
    let u = y.units.at(-1);
    if (!u || u.orgCode !== row.orgCode || u.coverage !== row.coverage) {
      y.units.push((u = { orgId: row.orgId, orgCode: row.orgCode, orgName: row.orgName, coverage: row.coverage, versions: [], flag: null }));
    }
    u.versions.push({
      version: row.version,
      title: row.title,
      publishedDate: shanghaiDay(row.publishedAt),
      correctionNote: row.correctionNote,
      correctionDate: row.correctionDate,
      officialUrl: row.officialUrl,
      officialDate: row.officialDate,
      pdfPath: `/public/reports/${row.year}/${encodeURIComponent(row.orgCode)}/v${row.version}${coverageSuffix(row.coverage)}.pdf`,
    });
  }
  for (const y of years) {
    const flags = publicationDataFlags(db, y.year);
    if (!flags.size) continue;
    for (const u of y.units) if (flags.has(flagKey(u.orgId, u.coverage))) u.flag = DATA_FLAG;
  }
  return years;
}
