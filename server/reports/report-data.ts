import type { CellValues, OrgTree, RosterNode, Template } from "@/lib";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { loadCycleTotals, previousTotalsByCode, type TotalsBasis } from "../stats/cycle-totals";

/** Everything the report of one node needs: this year's tree and totals, the node, last year's same node. */
export type ReportData = {
  cycle: Cycle;
  template: Template;
  tree: OrgTree;
  totals: Map<number, CellValues>;
  node: RosterNode;
  /** The node compiles others (it has children in this year's roster). */
  compiles: boolean;
  current: CellValues;
  /** Last year's approved totals of the node with the same code (same or predecessor template), or null. */
  previous: CellValues | null;
  /** Roster names by unit code (for top-N lists and the title). */
  names: Map<string, string>;
};

export type ReportDataResult = { ok: true; data: ReportData } | { ok: false; reason: "no-cycle" | "unknown-org" | "no-data"; message: string };

/**
 * Loads a node's report data for a year. `basis` decides which of this year's submissions
 * count; last year is always the approved figures (what was signed off and published).
 */
export function loadReportData(db: Db, year: number, orgCode: string, basis: TotalsBasis = "approved"): ReportDataResult {
  const loaded = loadCycleTotals(db, year, basis);
  if (!loaded) return { ok: false, reason: "no-cycle", message: `${year} 年度的填报周期不存在` };
  const node = loaded.tree.byCode.get(orgCode);
  if (!node) return { ok: false, reason: "unknown-org", message: `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中` };
  const current = loaded.totals.get(node.orgId) ?? {};
  if (Object.keys(current).length === 0) {
    const which = basis === "approved" ? "已审核通过的" : "已报送或已审核通过的";
    return { ok: false, reason: "no-data", message: `${node.name}（${orgCode}）${year} 年度没有${which}统计数据，无法生成报告` };
  }
  const prev = previousTotalsByCode(db, loaded, "approved")?.get(orgCode);
  return {
    ok: true,
    data: {
      ...loaded,
      node,
      compiles: (loaded.tree.children.get(node.orgId)?.length ?? 0) > 0,
      current,
      previous: prev && Object.keys(prev).length ? prev : null,
      names: new Map([...loaded.tree.nodes.values()].map((n) => [n.code, n.name])),
    },
  };
}
