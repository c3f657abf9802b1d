import { narrativeText, proseHeadings, similarReports, SIMILARITY_THRESHOLD, getOutline } from "@/lib/report";
import type { OrgTree, RosterNode } from "@/lib";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getCycleByYear } from "@/db/queries/cycles";
import { getReportDraft, listReportDrafts } from "@/db/queries/report-drafts";

export type SimilarityFinding = {
  /** "上年报告" or another unit's name. */
  label: string;
  kind: "previous-year" | "same-cycle";
  /** 0–1. */
  ratio: number;
  /** The other report's written text, for the diff. */
  text: string;
};

export type SimilarityResult = { threshold: number; mine: string; findings: SimilarityFinding[] };

/**
 * The unit's written narrative against its own last year's and every other unit's of the
 * cycle (their stored drafts; reports with only the default narrative are not compared, see
 * lib/report/similarity.ts). Findings at or above the threshold, most similar first.
 */
export function reportSimilarity(db: Db, cycle: Cycle, roster: OrgTree, node: RosterNode, threshold = SIMILARITY_THRESHOLD): SimilarityResult {
  const order = [...proseHeadings(getOutline(cycle.templateId)).keys()];
  const drafts = listReportDrafts(db, cycle.id);
  const mineDraft = drafts.get(node.orgId);
  const mine = mineDraft ? narrativeText(mineDraft.doc, order) : "";
  const candidates: { key: { kind: SimilarityFinding["kind"] }; label: string; text: string }[] = [];
  const lastCycle = getCycleByYear(db, cycle.year - 1);
  const last = lastCycle ? getReportDraft(db, lastCycle.id, node.orgId) : null;
  if (last && lastCycle) candidates.push({ key: { kind: "previous-year" }, label: `本单位${lastCycle.year}年度报告`, text: narrativeText(last.doc, [...proseHeadings(getOutline(lastCycle.templateId)).keys()]) });
  for (const [orgId, d] of drafts) {
    if (orgId === node.orgId) continue;
    const other = roster.nodes.get(orgId);
    candidates.push({ key: { kind: "same-cycle" }, label: `${other?.name ?? `单位 ${orgId}`}${cycle.year}年度报告`, text: narrativeText(d.doc, order) });
  }
  const findings = similarReports(mine, candidates, threshold).map((f) => ({ label: f.label, kind: f.key.kind, ratio: f.ratio, text: f.text }));
  return { threshold, mine, findings };
}
