import type { SkeletonItem } from "../report/narrative";
import type { NarrativeDoc, Paragraph } from "../report/narrative-doc";
import { isBlankParagraph } from "../report/narrative-doc";

/**
 * A paragraph a 预审 comment may be anchored to: the prose block's id and the paragraph's index
 * among the block's stored paragraphs (what the editor shows as 第 index + 1 段), with the heading
 * it is under and its printed text.
 */
export type ParagraphAnchor = { blockId: string; paragraph: number; heading: string; text: string };

/** The length of a quote kept with a comment. */
export const QUOTE_MAX = 200;

/** "一、总体情况（一）主动公开 第 2 段". */
export function anchorName(a: { heading: string; paragraph: number }): string {
  return `${a.heading} 第 ${a.paragraph + 1} 段`;
}

/**
 * The written paragraphs of a report in the order they print, by the skeleton's prose blocks
 * (blank paragraphs are not listed but keep their place in the numbering). `text` prints a
 * paragraph (its bound figures resolved).
 */
export function paragraphAnchors(skeleton: readonly SkeletonItem[], doc: NarrativeDoc, text: (p: Paragraph) => string): ParagraphAnchor[] {
  const out: ParagraphAnchor[] = [];
  const headings: string[] = [];
  for (const item of skeleton) {
    if (item.kind === "heading") {
      headings.length = item.level - 1;
      headings[item.level - 1] = item.text;
    } else if (item.kind === "prose") {
      const heading = headings.filter(Boolean).join("");
      (doc.prose[item.id] ?? []).forEach((p, i) => {
        if (!isBlankParagraph(p)) out.push({ blockId: item.id, paragraph: i, heading, text: text(p).slice(0, QUOTE_MAX) });
      });
    }
  }
  return out;
}
