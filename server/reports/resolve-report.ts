import { buildTree, type OrgTree, type RosterNode } from "@/lib";
import { chooseReportCoverage, REPORT_COVERAGE_LABELS, type ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { notFound } from "../kernel/errors";

export type ResolvedReport = { cycle: Cycle; tree: OrgTree; node: RosterNode; coverage: ReportCoverage };

/**
 * The report a command acts on: the unit in the year's roster and which of its reports (none
 * asked: its first; a 本级 report of a unit without one is a 404, like an unknown unit).
 */
export function resolveReport(db: Db, year: number, orgCode: string, asked?: ReportCoverage): ResolvedReport {
  const cycle = getCycleByYear(db, year);
  if (!cycle) throw notFound(`${year} 年度的填报周期`);
  const tree = buildTree(getRoster(db, cycle.id));
  const node = tree.byCode.get(orgCode);
  if (!node) throw notFound(`单位 ${orgCode}（${year} 年度名册中）`);
  const coverage = chooseReportCoverage(node.coverage, asked);
  if (!coverage) throw notFound(`${node.name}${year} 年度的${REPORT_COVERAGE_LABELS[asked ?? "area"]}`);
  return { cycle, tree, node, coverage };
}
