import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { cycles, organisations, reportDrafts, reportPublications, type ReportPublication } from "../schema";

/**
 * The draft version a 签发 or a publication refers to: the report_drafts row of the unit (the
 * narrative editor bumps it on every save); no row yet is version 0 (the default narrative).
 */
export function getReportDraftVersion(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): { version: number; docJson: string | null } {
  const row = db
    .select({ version: reportDrafts.version, docJson: reportDrafts.docJson })
    .from(reportDrafts)
    .where(and(eq(reportDrafts.cycleId, cycleId), eq(reportDrafts.orgId, orgId), eq(reportDrafts.coverage, coverage)))
    .get();
  return row ?? { version: 0, docJson: null };
}

/** A publication without its PDF bytes and snapshot (for lists). */
export type PublicationInfo = Omit<ReportPublication, "pdf" | "snapshotJson">;

const INFO = {
  id: reportPublications.id,
  cycleId: reportPublications.cycleId,
  orgId: reportPublications.orgId,
  coverage: reportPublications.coverage,
  version: reportPublications.version,
  draftVersion: reportPublications.draftVersion,
  compiled: reportPublications.compiled,
  title: reportPublications.title,
  dataSha256: reportPublications.dataSha256,
  pdfSha256: reportPublications.pdfSha256,
  indexNo: reportPublications.indexNo,
  publisher: reportPublications.publisher,
  writtenDate: reportPublications.writtenDate,
  publishedAt: reportPublications.publishedAt,
  publishedBy: reportPublications.publishedBy,
  signerName: reportPublications.signerName,
  signedAt: reportPublications.signedAt,
  secrecyName: reportPublications.secrecyName,
  secrecyAt: reportPublications.secrecyAt,
  correctionNote: reportPublications.correctionNote,
  correctionDate: reportPublications.correctionDate,
  officialUrl: reportPublications.officialUrl,
  officialDate: reportPublications.officialDate,
};

/** The published versions of one of a unit's reports of a cycle, oldest first. */
export function listPublications(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): PublicationInfo[] {
  return db
    .select(INFO)
    .from(reportPublications)
    .where(and(eq(reportPublications.cycleId, cycleId), eq(reportPublications.orgId, orgId), eq(reportPublications.coverage, coverage)))
    .orderBy(asc(reportPublications.version))
    .all();
}

/** One published version, with its frozen PDF and snapshot; null if there is none. */
export function getPublication(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage, version: number): ReportPublication | null {
  return (
    db
      .select()
      .from(reportPublications)
      .where(and(eq(reportPublications.cycleId, cycleId), eq(reportPublications.orgId, orgId), eq(reportPublications.coverage, coverage), eq(reportPublications.version, version)))
      .get() ?? null
  );
}

/** Every publication of a cycle (all units, all versions), without bytes: for the data-change flags. */
export function listCyclePublications(db: Db, cycleId: number): PublicationInfo[] {
  return db.select(INFO).from(reportPublications).where(eq(reportPublications.cycleId, cycleId)).orderBy(asc(reportPublications.orgId), asc(reportPublications.coverage), asc(reportPublications.version)).all();
}

export type PublicationSummary = {
  version: number;
  publishedAt: number;
  officialUrl: string | null;
  officialDate: string | null;
  /** When version 1 was published (frozen) here. */
  firstPublishedAt: number;
  /** The earliest day any version was posted on the 政府信息公开 platform: what the publish deadline is measured against. */
  firstOfficialDate: string | null;
};

/**
 * For the reviewer's dashboard: each unit's latest published version of the cycle, by org id —
 * of its first report (the area's where a government has both; the 本级's is on its report page).
 */
export function listPublicationSummaries(db: Db, cycleId: number): Map<number, PublicationSummary> {
  const rows = db
    .select({ orgId: reportPublications.orgId, coverage: reportPublications.coverage, version: reportPublications.version, publishedAt: reportPublications.publishedAt, officialUrl: reportPublications.officialUrl, officialDate: reportPublications.officialDate })
    .from(reportPublications)
    .where(eq(reportPublications.cycleId, cycleId))
    .orderBy(asc(reportPublications.coverage), asc(reportPublications.version))
    .all();
  const out = new Map<number, PublicationSummary>();
  const coverageOf = new Map<number, ReportCoverage>();
  for (const { orgId, coverage, ...summary } of rows) {
    if ((coverageOf.get(orgId) ?? coverage) !== coverage) continue;
    coverageOf.set(orgId, coverage);
    const before = out.get(orgId);
    const official = [before?.firstOfficialDate ?? null, summary.officialDate].filter((d): d is string => d !== null).sort()[0] ?? null;
    out.set(orgId, { ...summary, firstPublishedAt: before?.firstPublishedAt ?? summary.publishedAt, firstOfficialDate: official });
  }
  return out;
}

export type PublicReportRow = PublicationInfo & { year: number; orgCode: string; orgName: string };

/** Every published version of every unit and year, for the public list: newest year first, then unit code, then version. */
export function listPublicReports(db: Db): PublicReportRow[] {
  return db
    .select({ ...INFO, year: cycles.year, orgCode: organisations.code, orgName: organisations.name })
    .from(reportPublications)
    .innerJoin(cycles, eq(cycles.id, reportPublications.cycleId))
    .innerJoin(organisations, eq(organisations.id, reportPublications.orgId))
    .orderBy(desc(cycles.year), asc(organisations.code), asc(reportPublications.coverage), asc(reportPublications.version))
    .all();
}

/** The next version number of a unit's report (1 for the first publication). */
export function nextPublicationVersion(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): number {
  const row = db
    .select({ max: sql<number | null>`max(${reportPublications.version})` })
    .from(reportPublications)
    .where(and(eq(reportPublications.cycleId, cycleId), eq(reportPublications.orgId, orgId), eq(reportPublications.coverage, coverage)))
    .get();
  return (row?.max ?? 0) + 1;
}

/**
 * The narrative (raw NarrativeDoc JSON as frozen) of a unit's latest published version of a
 * cycle, or null when nothing was published or the snapshot holds no narrative.
 */
export function getLatestPublishedNarrative(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): unknown {
  const row = db
    .select({ snapshotJson: reportPublications.snapshotJson })
    .from(reportPublications)
    .where(and(eq(reportPublications.cycleId, cycleId), eq(reportPublications.orgId, orgId), eq(reportPublications.coverage, coverage)))
    .orderBy(desc(reportPublications.version))
    .get();
  if (!row) return null;
  const snapshot = JSON.parse(row.snapshotJson) as { narrative?: { doc?: unknown } };
  return snapshot.narrative?.doc ?? null;
}
