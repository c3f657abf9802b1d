import { reportPrefaceSchema, type ReportPreface } from "@/lib/validation/report-fields";
import type { Db } from "../client";
import { getSetting } from "./settings";

/** The settings key under which a unit's report preface fields of a year are stored. */
export function reportPrefaceKey(year: number, orgCode: string): string {
  return `report_fields:${year}:${orgCode}`;
}

/** The saved preface fields (only the non-blank ones), or {} when none were saved or the stored value is unreadable. */
export function getReportPreface(db: Db, year: number, orgCode: string): Partial<ReportPreface> {
  const raw = getSetting(db, reportPrefaceKey(year, orgCode));
  const parsed = reportPrefaceSchema.partial().safeParse(raw ?? {});
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => typeof v === "string" && v !== "")) as Partial<ReportPreface>;
}
