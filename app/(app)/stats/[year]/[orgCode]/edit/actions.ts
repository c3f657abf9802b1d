"use server";

import { execute } from "@/server/next/execute";
import { saveDraft } from "@/server/stats/save-draft";
import type { SaveDraftInput } from "@/lib/validation/draft";
import { loadCurrentCommand } from "@/server/stats/load-stats";

/** Saves the form as a draft (the same command as PUT /api/stats/[year]/[orgCode]). */
export async function saveStats(input: SaveDraftInput) {
  return execute(saveDraft, input);
}

/** The unit's values as now saved, to show what differs after a conflict. */
export async function loadCurrent(input: { year: number; orgCode: string }) {
  return execute(loadCurrentCommand, input);
}
