import type { NarrativeDoc } from "@/lib/report/narrative-doc";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { DbError } from "../errors";
import { prepared } from "../prepared";

/** Someone saved the narrative since the writer loaded it (optimistic lock). */
export class ReportDraftConflictError extends DbError {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`report draft: version ${actual}, expected ${expected}`);
  }
}

const SQL = {
  find: `select id, version, doc_json from report_drafts where cycle_id = ? and org_id = ? and coverage = ?`,
  insert: `insert into report_drafts (cycle_id, org_id, coverage, doc_json, version, updated_at, updated_by) values (?, ?, ?, ?, 1, ?, ?)`,
  update: `update report_drafts set doc_json = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ?`,
};

export type SaveReportDraftResult = { version: number; changed: boolean };

/**
 * Stores the narrative draft of one of the unit's reports of the cycle when `expectedVersion` is the stored version
 * (0: none yet); otherwise writes nothing and throws ReportDraftConflictError. A save of the
 * same document as stored writes nothing and keeps the version (a 签发 given on it stays valid).
 */
export function saveReportDraft(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage, doc: NarrativeDoc, expectedVersion: number, userId: number | null, at: number): SaveReportDraftResult {
  const sqlite = db.$client;
  const json = JSON.stringify(doc);
  return sqlite
    .transaction((): SaveReportDraftResult => {
      const found = prepared(sqlite, SQL.find).get(cycleId, orgId, coverage) as { id: number; version: number; doc_json: string } | undefined;
      const actual = found?.version ?? 0;
      if (expectedVersion !== actual) throw new ReportDraftConflictError(expectedVersion, actual);
      if (!found) {
        prepared(sqlite, SQL.insert).run(cycleId, orgId, coverage, json, at, userId);
        return { version: 1, changed: true };
      }
      if (found.doc_json === json) return { version: found.version, changed: false };
      prepared(sqlite, SQL.update).run(json, at, userId, found.id);
      return { version: found.version + 1, changed: true };
    })
    .immediate();
}
