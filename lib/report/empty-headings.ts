import type { Block } from "./document";

/**
 * A published report has no empty headings: a heading followed by nothing before the next heading
 * of its level or above (or the appendix, or the end) is left out — after the prompts of unwritten
 * parts were taken out, a part with nothing else to say would print as a bare heading.
 */
export function withoutEmptyHeadings(blocks: readonly Block[]): Block[] {
  const keep = blocks.map(() => true);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind !== "heading") continue;
    let j = i + 1;
    // Skip headings below this one that were themselves left out.
    while (j < blocks.length && !keep[j]) j++;
    const next = blocks[j];
    const ends = next === undefined || next.kind === "appendix" || (next.kind === "heading" && next.level <= b.level);
    if (ends) keep[i] = false;
  }
  return blocks.filter((_, i) => keep[i]);
}
