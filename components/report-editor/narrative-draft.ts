import type { NarrativeDoc } from "@/lib/report/narrative-doc";
import type { CommandResult } from "@/lib/contracts/command-result";
import type { NarrativeProblem } from "@/lib/report";
import { localDraftStore } from "@/components/autosave/local-draft";

/**
 * Quiet time after typing before the narrative goes to the server. Its preview is to show within
 * 1.5 s of the last keystroke: this pause, the save (~0.1 s, which starts the render), the render
 * (~0.4 s for a region's report) and drawing the pages in view (~0.2 s). Saving a draft often is
 * cheap (it overwrites itself); an input method's pinyin is never sent (see ProseBlock).
 */
export const NARRATIVE_AUTOSAVE_MS = 300;

export type NarrativeSaveAction = (input: { year: number; orgCode: string; version: number; doc: NarrativeDoc }) => Promise<
  CommandResult<{ version: number; changed: boolean; problems: NarrativeProblem[] }>
>;

const isDoc = (v: unknown): v is NarrativeDoc => typeof v === "object" && v !== null;

/** The narrative as typed, kept in this browser until the server confirms it (a 本级 report's apart from the area's). */
export const narrativeDraft = (year: number, orgCode: string, coverage?: "area" | "own") =>
  localDraftStore(`nianbao:report-narrative:${year}:${orgCode}${coverage === "own" ? ":own" : ""}`, isDoc, { legacyField: "doc" });

/** Whether two narratives are the same (the editor compares what it would send with what the server holds). */
export const sameDoc = (a: NarrativeDoc, b: NarrativeDoc) => JSON.stringify(a) === JSON.stringify(b);
