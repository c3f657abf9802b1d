import { buildTree, leavesUnder, withoutPartialCells, type CellValues, type OrgTree, type Template } from "@/lib";
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
  /**
   * Compiling units' own published tables imported as history (`submissions:import --compiled`,
   * decision 016): their approved values where no leaf below them is approved. Year-on-year only:
   * never part of `totals` or of any sum above.
   */
  compiledHistory: Map<number, CellValues>;
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
  const statuses = listSubmissionStatuses(db, cycle.id);
  const count = (values: ReadonlyMap<number, CellValues>) => countedTotals(tree, statuses, values, STATUSES_FOR[basis]);
  // A cell beyond the official table (F1–F3) that some counted unit did not report has no total.
  const partial = template.cells.filter((c) => !c.official).map((c) => c.code);
  const totals = withoutPartialCells(count(leafValues), leafValues, partial, count);
  return { cycle, template, tree, totals, compiledHistory: compiledHistory(tree, statuses, basis === "approved" ? leafValues : null) };
}

/** Approved values of compiling units with no approved leaf below them: imported published tables. */
function compiledHistory(tree: OrgTree, statuses: Map<number, string>, approvedValues: Map<number, CellValues> | null): Map<number, CellValues> {
  const out = new Map<number, CellValues>();
  if (!approvedValues) return out;
  for (const [orgId, values] of approvedValues) {
    if (statuses.get(orgId) !== "approved" || (tree.children.get(orgId)?.length ?? 0) === 0) continue;
    if (leavesUnder(tree, orgId).some((l) => statuses.get(l.orgId) === "approved")) continue;
    out.set(orgId, values);
  }
  return out;
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
  // A compiling unit without approved data below last year: its own published table, if imported.
  return new Map([...prev.tree.nodes.values()].map((n) => [n.code, prev.compiledHistory.get(n.orgId) ?? prev.totals.get(n.orgId) ?? {}]));
}
