import { buildTree, type OrgTree, type RosterNode } from "@/lib";
import type { Target } from "@/lib/authz";
import { publicationSteps, type PublicationSteps } from "@/lib/report-publication";
import type { Db } from "@/db/client";
import type { Cycle, ReportReview } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getReportDraftVersion, listPublications, type PublicationInfo } from "@/db/queries/report-publications";
import { listReportReviews } from "@/db/queries/report-reviews";
import { notFound } from "../../kernel/errors";

/** What every publication command acts on: the unit in the year's roster, its draft version, steps and versions. */
export type ReportUnit = {
  cycle: Cycle;
  tree: OrgTree;
  node: RosterNode;
  /** The node compiles others: its report is the compiled one. */
  compiles: boolean;
  draft: { version: number; docJson: string | null };
  reviews: ReportReview[];
  publications: PublicationInfo[];
  steps: PublicationSteps;
};

/** The permission target of /api/reports/{year}/{orgCode}/…: the unit (unknown: -1, refused like another unit's). */
export function reportTarget(db: Db, orgCode: string): Target {
  return { kind: "org", orgId: getOrganisationByCode(db, orgCode)?.id ?? -1 };
}

export function loadReportUnit(db: Db, year: number, orgCode: string): ReportUnit {
  const cycle = getCycleByYear(db, year);
  if (!cycle) throw notFound(`${year} 年度的填报周期`);
  const tree = buildTree(getRoster(db, cycle.id));
  const node = tree.byCode.get(orgCode);
  if (!node) throw notFound(`单位 ${orgCode}（${year} 年度名册中）`);
  const draft = getReportDraftVersion(db, cycle.id, node.orgId);
  const reviews = listReportReviews(db, cycle.id, node.orgId);
  const publications = listPublications(db, cycle.id, node.orgId);
  return {
    cycle,
    tree,
    node,
    compiles: (tree.children.get(node.orgId)?.length ?? 0) > 0,
    draft,
    reviews,
    publications,
    steps: publicationSteps(draft.version, reviews, publications),
  };
}

/** The audit target of a unit's report. */
export function reportAuditTarget(year: number, orgCode: string) {
  return { targetType: "report", targetId: `${year}/${orgCode}` };
}
