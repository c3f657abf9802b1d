"use server";

import { execute } from "@/server/next/execute";
import { saveReportPreface } from "@/server/reports/save-preface";
import { saveReportNarrative } from "@/server/reports/save-narrative";
import { loadNarrativeCommand } from "@/server/reports/load-narrative";
import { saveOrgWording } from "@/server/orgs/save-wording";
import type { SaveOrgWordingInput } from "@/lib/validation/org-wording";
import type { NarrativeDoc } from "@/lib/report/narrative-doc";
import type { SaveReportPrefaceInput } from "@/lib/validation/report-fields";
import type { SaveReportDraftInput } from "@/lib/validation/report-draft";
import type { ReportCoverage } from "@/lib/report/coverage";

// The report page binds the first argument (which of a government's reports, `?coverage=`); the
// command parses it with the rest, so a forged value is refused or names another report of the same unit.

/** Saves the report's preface fields. */
export async function saveReportFields(coverage: ReportCoverage | undefined, input: SaveReportPrefaceInput) {
  return execute(saveReportPreface, { ...input, coverage });
}

/** Saves the report's narrative (autosave of the editor). */
export async function saveNarrative(coverage: ReportCoverage | undefined, input: SaveReportDraftInput) {
  return execute(saveReportNarrative, { ...input, coverage });
}

export type LoadNarrativeResult = { ok: true; doc: NarrativeDoc; version: number } | { ok: false; error: string };

/** The narrative as stored now (after a conflict: what the other person saved, and its version). */
export async function loadNarrative(coverage: ReportCoverage | undefined, input: { year: number; orgCode: string }): Promise<LoadNarrativeResult> {
  const result = await execute(loadNarrativeCommand, { ...input, coverage });
  return result.ok ? { ok: true, ...result.data } : { ok: false, error: result.error };
}

/** Saves how the unit's reports name it (报告用语). */
export async function saveReportWording(input: SaveOrgWordingInput) {
  return execute(saveOrgWording, input);
}
