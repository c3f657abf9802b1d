import type { OrgTree, RosterNode } from "@/lib";
import type { Target } from "@/lib/authz";
import { publicationSteps, type PublicationSteps } from "@/lib/report-publication";
import type { Db } from "@/db/client";
import type { Cycle, ReportReview } from "@/db/schema";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getReportDraftVersion, listPublications, type PublicationInfo } from "@/db/queries/report-publications";
import { listReportReviews } from "@/db/queries/report-reviews";
import type { ReportCoverage } from "@/lib/report/coverage";
import { resolveReport } from "../resolve-report";

/** What every publication command acts on: the unit in the year's roster, its draft version, steps and versions. */
export type ReportUnit = {
  cycle: Cycle;
  tree: OrgTree;
  node: RosterNode;
  /** The node compiles others: its report is the compiled one. */
  compiles: boolean;
  /** Which of the node's reports (a government may have both, lib/report/coverage). */
  coverage: ReportCoverage;
  draft: { version: number; docJson: string | null };
  reviews: ReportReview[];
  publications: PublicationInfo[];
  steps: PublicationSteps;
};

/** The permission target of /api/reports/{year}/{orgCode}/…: the unit (unknown: -1, refused like another unit's). */
export function reportTarget(db: Db, orgCode: string): Target {
  return { kind: "org", orgId: getOrganisationByCode(db, orgCode)?.id ?? -1 };
}

export function loadReportUnit(db: Db, year: number, orgCode: string, asked?: ReportCoverage): ReportUnit {
  const { cycle, tree, node, coverage } = resolveReport(db, year, orgCode, asked);
  const draft = getReportDraftVersion(db, cycle.id, node.orgId, coverage);
  const reviews = listReportReviews(db, cycle.id, node.orgId, coverage);
  const publications = listPublications(db, cycle.id, node.orgId, coverage);
  return {
    cycle,
    tree,
    node,
    compiles: (tree.children.get(node.orgId)?.length ?? 0) > 0,
    coverage,
    draft,
    reviews,
    publications,
    steps: publicationSteps(draft.version, reviews, publications),
  };
}

/** The audit target of a unit's report (a 本级 report beside the area's: `/own`). */
export function reportAuditTarget(year: number, orgCode: string, coverage: ReportCoverage = "area") {
  return { targetType: "report", targetId: `${year}/${orgCode}${coverage === "own" ? "/own" : ""}` };
}
