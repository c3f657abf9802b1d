import { z } from "zod";
import "./zod-config";
import { isToken, narrativeDocSchema, type NarrativeDoc } from "../report/narrative-doc";
import { reportCoverageField } from "./report-coverage";

/**
 * What one report may hold when it is saved. A real report's written text is a few thousand
 * characters; these bounds leave room for a long one (about 80 pages at 3号 on A4) and stop a
 * document that could only be an accident or an attack before it is stored or rendered.
 */
export const MAX_NARRATIVE_CHARS = 50_000;
export const MAX_NARRATIVE_PARAGRAPHS = 600;
export const MAX_NARRATIVE_BLOCKS = 60;

/** Characters typed, paragraphs and written blocks of a narrative. */
export function narrativeSize(doc: NarrativeDoc): { chars: number; paragraphs: number; blocks: number } {
  let chars = 0;
  let paragraphs = 0;
  for (const block of Object.values(doc.prose)) {
    paragraphs += block.length;
    for (const p of block) for (const piece of p) if (!isToken(piece)) chars += piece.text.length;
  }
  for (const h of Object.values(doc.headings)) chars += h.length;
  return { chars, paragraphs, blocks: Object.keys(doc.prose).length + Object.keys(doc.headings).length };
}

export const boundedNarrativeSchema = narrativeDocSchema.superRefine((doc, ctx) => {
  const size = narrativeSize(doc);
  if (size.chars > MAX_NARRATIVE_CHARS) ctx.addIssue({ code: "custom", message: `报告正文不能超过 ${MAX_NARRATIVE_CHARS.toLocaleString("en-US")} 字（现为 ${size.chars.toLocaleString("en-US")} 字）` });
  if (size.paragraphs > MAX_NARRATIVE_PARAGRAPHS) ctx.addIssue({ code: "custom", message: `报告正文不能超过 ${MAX_NARRATIVE_PARAGRAPHS} 段（现为 ${size.paragraphs} 段）` });
  if (size.blocks > MAX_NARRATIVE_BLOCKS * 2) ctx.addIssue({ code: "custom", message: "报告正文的部分过多" });
});

/** A unit saving its report narrative: the unit and year from the URL, the version it was loaded at (0: none yet), the document. */
export const saveReportDraftSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().min(1).max(32),
  coverage: reportCoverageField,
  version: z.number().int().min(0),
  doc: boundedNarrativeSchema,
});
export type SaveReportDraftInput = z.infer<typeof saveReportDraftSchema>;
