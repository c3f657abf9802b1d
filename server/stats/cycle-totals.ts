import { buildTree, type CellValues, type OrgTree, type Template } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { countedTotals, type SubmissionStatusCode } from "@/lib/workflow";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { listSubmissionStatuses, listSubmissionValues } from "@/db/queries/submissions";

/** Which submissions a total counts: approved only, or everything sent up (submitted or approved). */
export type TotalsBasis = "approved" | "submitted";

export const STATUSES_FOR: Record<TotalsBasis, SubmissionStatusCode[]> = {
  approved: ["approved"],
  submitted: ["submitted", "approved"],
};

export type CycleTotals = {
  cycle: Cycle;
  template: Template;
  tree: OrgTree;
  /**
   * Every roster node's totals: the sum of the counted leaf submissions below it. A compiling
   * child's subtree counts only once that child's compiled result has the status counted
   * (approved there, or sent up for the "submitted" basis): lib/workflow `countedTotals`.
   */
  totals: Map<number, CellValues>;
};

/**
 * Loads a cycle's roster and counted submissions and aggregates every node under the
 * multi-level counting rule (decision 008/011); null if no such cycle.
 */
export function loadCycleTotals(db: Db, year: number, basis: TotalsBasis = "approved"): CycleTotals | null {
  const cycle = getCycleByYear(db, year);
  if (!cycle) return null;
  const template = getTemplate(cycle.templateId);
  const tree = buildTree(getRoster(db, cycle.id));
  const leafValues = new Map<number, CellValues>();
  for (const s of listSubmissionValues(db, cycle.id, STATUSES_FOR[basis])) leafValues.set(s.orgId, s.values);
  const totals = countedTotals(tree, listSubmissionStatuses(db, cycle.id), leafValues, STATUSES_FOR[basis]);
  return { cycle, template, tree, totals };
}

/**
 * Last year's values of the same nodes, by code (a unit keeps its code across years), when
 * last year used this template or one it declares as a predecessor.
 */
export function previousTotalsByCode(db: Db, current: CycleTotals, basis: TotalsBasis = "approved"): Map<string, CellValues> | null {
  const prev = loadCycleTotals(db, current.cycle.year - 1, basis);
  if (!prev) return null;
  const compatible = prev.template.id === current.template.id || current.template.predecessors.includes(prev.template.id);
  if (!compatible) return null;
  return new Map([...prev.tree.nodes.values()].map((n) => [n.code, prev.totals.get(n.orgId) ?? {}]));
}
