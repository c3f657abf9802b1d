import { and, asc, eq } from "drizzle-orm";
import type { ReportCoverage } from "@/lib/report/coverage";
import { EMPTY_NARRATIVE, narrativeDocSchema, type NarrativeDoc } from "@/lib/report/narrative-doc";
import type { Db } from "../client";
import { reportDrafts } from "../schema";

export type StoredReportDraft = { doc: NarrativeDoc; version: number; updatedAt: number; updatedBy: number | null };

/** A stored narrative read back; one that no longer parses (a schema change) reads as empty rather than failing the page. */
function parseDoc(json: string): NarrativeDoc {
  try {
    const parsed = narrativeDocSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : EMPTY_NARRATIVE;
  } catch {
    return EMPTY_NARRATIVE;
  }
}

/** The narrative draft of one of the unit's reports of the cycle, or null when none was saved. `version` counts saves (1 = the first). */
export function getReportDraft(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): StoredReportDraft | null {
  const row = db
    .select()
    .from(reportDrafts)
    .where(and(eq(reportDrafts.cycleId, cycleId), eq(reportDrafts.orgId, orgId), eq(reportDrafts.coverage, coverage)))
    .get();
  return row ? { doc: parseDoc(row.docJson), version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy } : null;
}

/** Every narrative draft of the cycle (for the similarity check): each unit's reports, area before own. */
export function listReportDrafts(db: Db, cycleId: number): (StoredReportDraft & { orgId: number; coverage: ReportCoverage })[] {
  const rows = db.select().from(reportDrafts).where(eq(reportDrafts.cycleId, cycleId)).orderBy(asc(reportDrafts.orgId), asc(reportDrafts.coverage)).all();
  return rows.map((r) => ({ orgId: r.orgId, coverage: r.coverage, doc: parseDoc(r.docJson), version: r.version, updatedAt: r.updatedAt, updatedBy: r.updatedBy }));
}
