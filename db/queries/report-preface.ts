import { reportPrefaceSchema, type ReportPreface } from "@/lib/validation/report-fields";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { getSetting } from "./settings";

/** The settings key under which a unit's report preface fields of a year are stored (a 本级 report's with `:own`). */
export function reportPrefaceKey(year: number, orgCode: string, coverage: ReportCoverage): string {
  return `report_fields:${year}:${orgCode}${coverage === "own" ? ":own" : ""}`;
}

/** The saved preface fields (only the non-blank ones), or {} when none were saved or the stored value is unreadable. */
export function getReportPreface(db: Db, year: number, orgCode: string, coverage: ReportCoverage): Partial<ReportPreface> {
  const raw = getSetting(db, reportPrefaceKey(year, orgCode, coverage));
  const parsed = reportPrefaceSchema.partial().safeParse(raw ?? {});
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => typeof v === "string" && v !== "")) as Partial<ReportPreface>;
}
