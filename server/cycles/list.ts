import { getTemplate, isTemplateId } from "@/lib/templates";
import type { Db } from "@/db/client";
import { cycleLabel } from "@/db/queries/cycle-labels";
import { getRoster, listCycles } from "@/db/queries/cycles";
import { listSubmissionStatuses } from "@/db/queries/submissions";

export type CycleSummary = {
  year: number;
  templateId: string;
  templateName: string;
  /** The display label (`cycle:create --label`), or null. */
  label: string | null;
  /** Units on the cycle's roster. */
  units: number;
  /** Units of the roster whose submission is approved. */
  approved: number;
};

/**
 * Every cycle, oldest first, with its template, label, roster size and how many of its units are
 * approved: the console's `cycles` listing (and `demo:load`'s "is the database empty" check).
 */
export function listCycleSummaries(db: Db): CycleSummary[] {
  return [...listCycles(db)]
    .reverse()
    .map((c) => {
      const roster = getRoster(db, c.id);
      const statuses = listSubmissionStatuses(db, c.id);
      return {
        year: c.year,
        templateId: c.templateId,
        templateName: isTemplateId(c.templateId) ? getTemplate(c.templateId).name : c.templateId,
        label: cycleLabel(db, c.year),
        units: roster.length,
        approved: roster.filter((r) => statuses.get(r.orgId) === "approved").length,
      };
    });
}
