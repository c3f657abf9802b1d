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

/** Saves the report's preface fields. */
export async function saveReportFields(input: SaveReportPrefaceInput) {
  return execute(saveReportPreface, input);
}

/** Saves the report's narrative (autosave of the editor). */
export async function saveNarrative(input: SaveReportDraftInput) {
  return execute(saveReportNarrative, input);
}

export type LoadNarrativeResult = { ok: true; doc: NarrativeDoc; version: number } | { ok: false; error: string };

/** The narrative as stored now (after a conflict: what the other person saved, and its version). */
export async function loadNarrative(input: { year: number; orgCode: string }): Promise<LoadNarrativeResult> {
  const result = await execute(loadNarrativeCommand, input);
  return result.ok ? { ok: true, ...result.data } : { ok: false, error: result.error };
}

/** Saves how the unit's reports name it (报告用语). */
export async function saveReportWording(input: SaveOrgWordingInput) {
  return execute(saveOrgWording, input);
}
