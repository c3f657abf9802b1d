import type { NarrativeDoc } from "./narrative-doc";
import { writtenParagraphs } from "./narrative-doc";
import type { PartDef, ReportOutline } from "./outline/schema";

/**
 * The prose the format says must be written (outline `required`) that this year's narrative has
 * not written, each named by its heading path and what belongs there ("一、总体情况（一）主动公开：
 * 主动公开工作的主要做法和成效"). Paragraphs carried from last year do not count: the office
 * reports on this year.
 */
export function missingRequiredText(outline: Pick<ReportOutline, "parts">, narrative: NarrativeDoc | null | undefined): string[] {
  const missing: string[] = [];
  const walk = (parts: readonly PartDef[], path: string) => {
    for (const p of parts) {
      const here = path + p.heading;
      for (const b of p.blocks ?? []) {
        if (b.kind !== "prose" || !b.required) continue;
        if (!writtenParagraphs(narrative, b.id)?.length) missing.push(`${here}：${b.prompt.replace(/。$/, "")}`);
      }
      walk(p.parts ?? [], here);
    }
  };
  walk(outline.parts, "");
  return missing;
}
