import { publicationPackage, type PublicationMetadata } from "@/lib/report-publication";
import { getTemplate } from "@/lib/templates";
import { shanghaiDay } from "@/lib/time";
import { contentDisposition } from "@/lib/http/content-disposition";
import type { Db } from "@/db/client";
import type { ReportPublication } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getPublication } from "@/db/queries/report-publications";
import type { Snapshot } from "./freeze";
import { reportCoverages, type ReportCoverage } from "@/lib/report/coverage";

export type Published = { row: ReportPublication; year: number; orgCode: string; orgName: string };

/**
 * A stored version by year, unit code, version number and report (none: the unit's first report
 * of the year, lib/report/coverage); null when there is none.
 */
export function findPublished(db: Db, year: number, orgCode: string, version: number, coverage?: ReportCoverage): Published | null {
  if (!Number.isInteger(year) || !Number.isInteger(version) || version < 1) return null;
  const cycle = getCycleByYear(db, year);
  const org = getOrganisationByCode(db, orgCode);
  if (!cycle || !org) return null;
  const which = coverage ?? reportCoverages(getRoster(db, cycle.id).find((r) => r.orgId === org.id)?.coverage)[0] ?? "area";
  const row = getPublication(db, cycle.id, org.id, which, version);
  return row ? { row, year, orgCode: org.code, orgName: org.name } : null;
}

/** The part of a file name or URL that tells a 本级 report's files from the area's. */
export const coverageSuffix = (coverage: ReportCoverage) => (coverage === "own" ? "-own" : "");

/** The frozen PDF bytes exactly as stored (never re-rendered), with their SHA-256 in a header. */
export function pdfResponse(p: Published, cache: "no-store" | "public"): Response {
  const bytes = p.row.pdf;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(`${p.row.title}（第${p.row.version}版）.pdf`, `report-${p.year}-${p.orgCode}${coverageSuffix(p.row.coverage)}-v${p.row.version}.pdf`, "inline"),
      "Content-Length": String(bytes.length),
      // A version never changes: a public copy may be cached for good.
      "Cache-Control": cache === "public" ? "public, max-age=31536000, immutable" : "no-store",
      "X-Content-SHA256": p.row.pdfSha256,
    },
  });
}

export function publicationMetadata(p: Published): PublicationMetadata {
  const r = p.row;
  return {
    title: r.title,
    indexNo: r.indexNo,
    publisher: r.publisher,
    writtenDate: r.writtenDate,
    publishedDate: shanghaiDay(r.publishedAt),
    year: p.year,
    orgCode: p.orgCode,
    version: r.version,
    correctionNote: r.correctionNote,
    correctionDate: r.correctionDate,
    pdfSha256: r.pdfSha256,
    dataSha256: r.dataSha256,
  };
}

/** The zip for the platform, built from the frozen snapshot and PDF (same bytes every time). */
export function packageResponse(p: Published): Response {
  const snapshot = JSON.parse(p.row.snapshotJson) as Snapshot;
  const { fileName, bytes } = publicationPackage({
    doc: snapshot.document,
    metadata: publicationMetadata(p),
    pdf: new Uint8Array(p.row.pdf),
    template: getTemplate(snapshot.data.templateId),
    values: snapshot.data.units[0]?.values ?? {},
    publishedAt: p.row.publishedAt,
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition(fileName, fileName, "attachment"),
      "Content-Length": String(bytes.length),
      "Cache-Control": "no-store",
    },
  });
}
