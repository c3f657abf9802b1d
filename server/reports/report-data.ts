import { sumValues, type CellValues, type OrgTree, type RosterNode, type Template } from "@/lib";
import { OWN_LEVEL_KINDS } from "@/lib/templates/level-groupings";
import { chooseReportCoverage, type ReportCoverage } from "@/lib/report/coverage";
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
  coverage: ReportCoverage;
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

/** The figures one report of a node is made from: the tree and totals (a 本级 report's cut to its units), its total, last year's. */
export type ReportFigures = { tree: OrgTree; totals: Map<number, CellValues>; current: CellValues; previous: CellValues | null };

/** A report's figures from a cycle's loaded totals and last year's by code (shared by the report and the data-change flags). */
export function reportFigures(
  loaded: { tree: OrgTree; totals: Map<number, CellValues> },
  previousByCode: Map<string, CellValues> | null,
  node: RosterNode,
  coverage: ReportCoverage,
): ReportFigures {
  const some = (v: CellValues | null | undefined) => (v && Object.keys(v).length ? v : null);
  if (coverage === "own") {
    const own = ownLevel(loaded.tree, loaded.totals, node);
    return { tree: own.tree, totals: own.totals, current: own.current, previous: some(previousSum(previousByCode, own.kids.map((k) => k.code))) };
  }
  return { tree: loaded.tree, totals: loaded.totals, current: loaded.totals.get(node.orgId) ?? {}, previous: some(previousByCode?.get(node.code)) };
}

export type ReportDataResult = { ok: true; data: ReportData } | { ok: false; reason: "no-cycle" | "unknown-org" | "no-report" | "no-data"; message: string };

/**
 * Loads a node's report data for a year. `basis` decides which of this year's submissions
 * count; last year is always the approved figures (what was signed off and published).
 * `coverage` picks one of a government's two reports (none: its first, lib/report/coverage).
 */
export function loadReportData(db: Db, year: number, orgCode: string, basis: TotalsBasis = "approved", asked?: ReportCoverage): ReportDataResult {
  const loaded = loadCycleTotals(db, year, basis);
  if (!loaded) return { ok: false, reason: "no-cycle", message: `${year} 年度的填报周期不存在` };
  const node = loaded.tree.byCode.get(orgCode);
  if (!node) return { ok: false, reason: "unknown-org", message: `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中` };
  const coverage = chooseReportCoverage(node.coverage, asked);
  if (!coverage) return { ok: false, reason: "no-report", message: `${node.name}（${orgCode}）${year} 年度没有${asked === "own" ? "本级" : "全域"}报告` };
  // Last year's totals are read only once there is something to report.
  if (Object.keys(reportFigures(loaded, null, node, coverage).current).length === 0) {
    const which = basis === "approved" ? "已审核通过的" : "已报送或已审核通过的";
    return { ok: false, reason: "no-data", message: `${node.name}（${orgCode}）${year} 年度没有${which}统计数据，无法生成报告` };
  }
  const { tree, totals, current, previous } = reportFigures(loaded, previousTotalsByCode(db, loaded, "approved"), node, coverage);
  return {
    ok: true,
    data: {
      ...loaded,
      tree,
      totals,
      node,
      compiles: (tree.children.get(node.orgId)?.length ?? 0) > 0,
      current,
      previous,
      names: new Map([...loaded.tree.nodes.values()].map((n) => [n.code, n.name])),
      coverage,
    },
  };
}
