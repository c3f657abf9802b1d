import { buildTree, type CellValues } from "@/lib";
import { getTemplate } from "@/lib/templates";
import type { Db } from "../client";
import { getCycleByYear, getRoster } from "./cycles";
import { getSubmission } from "./submissions";

/**
 * Last year's approved values of the unit with this code (a unit keeps its code across years),
 * for the year-on-year warnings; null when there is no such cycle, unit or approved submission,
 * or last year's template is neither this one nor a declared predecessor.
 */
export function previousApprovedValues(db: Db, year: number, templateId: string, orgCode: string): CellValues | null {
  const prev = getCycleByYear(db, year - 1);
  if (!prev) return null;
  if (prev.templateId !== templateId && !getTemplate(templateId).predecessors.includes(prev.templateId)) return null;
  const node = buildTree(getRoster(db, prev.id)).byCode.get(orgCode);
  if (!node) return null;
  const s = getSubmission(db, prev.id, node.orgId);
  return s && s.status === "approved" ? s.values : null;
}
