import { sumValues, type CellValues, type OrgTree, type RosterNode, type Template } from "@/lib";
import { OWN_LEVEL_KINDS } from "@/lib/templates/level-groupings";
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
  /** What the report covers: the area (everything below) or the 本级 only (the government and its departments). */
  coverage: "area" | "own";
};

/**
 * A government's 本级 report: its children of the 本级 kinds that count in its sums, their sum
 * as the node's total, the tree cut to them (last year: the same units by code, see below).
 */
function ownLevel(tree: OrgTree, totals: Map<number, CellValues>, node: RosterNode) {
  const kids = (tree.children.get(node.orgId) ?? []).filter((k) => OWN_LEVEL_KINDS.includes(k.kind) && k.inSums !== false);
  const current = sumValues(kids.map((k) => totals.get(k.orgId) ?? {}));
  const children = new Map(tree.children);
  children.set(node.orgId, kids);
  return { kids, tree: { ...tree, children }, totals: new Map([...totals, [node.orgId, current]]), current };
}

/** Last year's values of a set of units by code, summed; null when none of them has any. */
function previousSum(previousByCode: Map<string, CellValues> | null, codes: string[]): CellValues | null {
  const parts = codes.flatMap((c): CellValues[] => {
    const v = previousByCode?.get(c);
    return v ? [v] : [];
  });
  return parts.length ? sumValues(parts) : null;
}

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
  const own = node.coverage === "own" ? ownLevel(loaded.tree, loaded.totals, node) : null;
  const current = own ? own.current : (loaded.totals.get(node.orgId) ?? {});
  if (Object.keys(current).length === 0) {
    const which = basis === "approved" ? "已审核通过的" : "已报送或已审核通过的";
    return { ok: false, reason: "no-data", message: `${node.name}（${orgCode}）${year} 年度没有${which}统计数据，无法生成报告` };
  }
  const previousByCode = previousTotalsByCode(db, loaded, "approved");
  const prev = own ? previousSum(previousByCode, own.kids.map((k) => k.code)) : previousByCode?.get(orgCode);
  const tree = own ? own.tree : loaded.tree;
  return {
    ok: true,
    data: {
      ...loaded,
      tree,
      totals: own ? own.totals : loaded.totals,
      node,
      compiles: (tree.children.get(node.orgId)?.length ?? 0) > 0,
      current,
      previous: prev && Object.keys(prev).length ? prev : null,
      names: new Map([...loaded.tree.nodes.values()].map((n) => [n.code, n.name])),
      coverage: own ? "own" : "area",
    },
  };
}
