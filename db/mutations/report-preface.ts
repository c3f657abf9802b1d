import type { ReportPreface } from "@/lib/validation/report-fields";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { reportPrefaceKey } from "../queries/report-preface";
import { putSetting } from "./settings";

/** Stores a unit's report preface fields of a year (blank fields are dropped). */
export function putReportPreface(db: Db, year: number, orgCode: string, coverage: ReportCoverage, fields: Partial<ReportPreface>, by: number | null, at: number): void {
  const kept = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
  putSetting(db, reportPrefaceKey(year, orgCode, coverage), kept, by, at);
}
