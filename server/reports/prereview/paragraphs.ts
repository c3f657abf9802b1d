import { paragraphAnchors, type ParagraphAnchor } from "@/lib/report-prereview";
import { paragraphRuns, runsText, tokenKey, type TokenResolution } from "@/lib/report";
import type { Db } from "@/db/client";
import type { ReportCoverage } from "@/lib/report/coverage";
import { loadReportEditor } from "../report-document";

/** The report's written paragraphs a 预审 comment may be anchored to, as printed now (none without data). */
export function reportParagraphs(db: Db, year: number, orgCode: string, coverage: ReportCoverage): ParagraphAnchor[] {
  const editor = loadReportEditor(db, year, orgCode, coverage);
  if (!editor.ok) return [];
  const { skeleton, draft, catalog } = editor.data;
  const byKey = new Map(catalog.map((e) => [e.key, e.resolution]));
  const broken: TokenResolution = { status: "broken", message: "" };
  return paragraphAnchors(skeleton, draft.doc, (p) => runsText(paragraphRuns(p, (t) => byKey.get(tokenKey(t.token, t.format)) ?? broken)));
}
