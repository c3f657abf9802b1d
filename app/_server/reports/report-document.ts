import "server-only";
import { buildReportDocument, defaultScope, type ReportDocument, type ReportFields } from "@/lib/report";
import type { Db } from "@/db/client";
import { loadReportData, type ReportDataResult } from "@/db/queries/report-data";
import { getReportPreface } from "@/db/queries/report-preface";

export type ReportDocumentResult =
  | { ok: true; doc: ReportDocument; fields: ReportFields; unitName: string }
  | { ok: false; reason: Extract<ReportDataResult, { ok: false }>["reason"]; message: string };

/** The defaults a report's fields start from: the roster name and the scope word. */
export function defaultReportFields(unitName: string, compiles: boolean): ReportFields {
  return { unitName, scope: defaultScope(unitName, compiles) };
}

/**
 * A unit's report as the CLI builds it: the compiled report when the unit has children in the
 * year's roster, else its own; approved data; the default narrative; the saved preface fields
 * over the defaults.
 */
export function loadReportDocument(db: Db, year: number, orgCode: string): ReportDocumentResult {
  const loaded = loadReportData(db, year, orgCode, "approved");
  if (!loaded.ok) return loaded;
  const d = loaded.data;
  const fields: ReportFields = { ...defaultReportFields(d.node.name, d.compiles), ...getReportPreface(db, year, d.node.code) };
  const doc = buildReportDocument({ template: d.template, year, orgCode: d.node.code, tree: d.tree, totals: d.totals, previous: d.previous, fields });
  return { ok: true, doc, fields, unitName: d.node.name };
}
