"use server";

import { execute } from "@/app/_server/command";
import { lookupSession } from "@/app/_server/current-user";
import { can } from "@/app/_server/guards";
import { saveReportPreface } from "@/app/_server/reports/save-preface";
import { saveReportNarrative } from "@/app/_server/reports/save-narrative";
import { getDb } from "@/db/client";
import { getCycleByYear } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getReportDraft } from "@/db/queries/report-drafts";
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
  const { user } = await lookupSession();
  if (!user) return { ok: false, error: "登录已失效，请重新登录" };
  const db = getDb();
  const org = getOrganisationByCode(db, String(input.orgCode));
  if (!can(user, "report.read", { kind: "org", orgId: org?.id ?? -1 }) || !org) return { ok: false, error: "您没有查看该单位年度报告的权限" };
  const cycle = getCycleByYear(db, Number(input.year));
  if (!cycle) return { ok: false, error: "年度不存在" };
  const d = getReportDraft(db, cycle.id, org.id);
  return { ok: true, doc: d?.doc ?? { prose: {}, headings: {} }, version: d?.version ?? 0 };
}
