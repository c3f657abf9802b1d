import { outline2018 } from "./gov-disclosure-2018";
import { outline2021 } from "./gov-disclosure-2021";
import { outlineSchema, type ReportOutline } from "./schema";

export { outlineSchema, type ReportOutline } from "./schema";
export { checkOutline } from "./check";

/** The report outline of each shipped template, by template id. */
export const outlines: Record<string, ReportOutline> = {
  [outline2018.templateId]: outline2018,
  [outline2021.templateId]: outline2021,
};

const validated = new Map<string, ReportOutline>();

/** The outline of a template, validated by the schema; throws for a template without one. */
export function getOutline(templateId: string): ReportOutline {
  const hit = validated.get(templateId);
  if (hit) return hit;
  const outline = outlines[templateId];
  if (!outline) throw new Error(`模板 ${templateId} 没有报告大纲`);
  outlineSchema.parse(outline);
  validated.set(templateId, outline);
  return outline;
}
