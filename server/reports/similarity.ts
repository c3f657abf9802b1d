import { narrativeText, proseHeadings, similarReports, SIMILARITY_THRESHOLD, getOutline } from "@/lib/report";
import type { OrgTree, RosterNode } from "@/lib";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getCycleByYear } from "@/db/queries/cycles";
import { getReportDraft, listReportDrafts } from "@/db/queries/report-drafts";
import type { ReportCoverage } from "@/lib/report/coverage";

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
 * One of the unit's reports' written narrative against its own last year's (same report) and every other unit's of the
 * cycle (their stored drafts; reports with only the default narrative are not compared, see
 * lib/report/similarity.ts). Findings at or above the threshold, most similar first.
 */
export function reportSimilarity(db: Db, cycle: Cycle, roster: OrgTree, node: RosterNode, coverage: ReportCoverage, threshold = SIMILARITY_THRESHOLD): SimilarityResult {
  const order = [...proseHeadings(getOutline(cycle.templateId)).keys()];
  const drafts = listReportDrafts(db, cycle.id);
  const mineDraft = drafts.find((d) => d.orgId === node.orgId && d.coverage === coverage);
  const mine = mineDraft ? narrativeText(mineDraft.doc, order) : "";
  const candidates: { key: { kind: SimilarityFinding["kind"] }; label: string; text: string }[] = [];
  const lastCycle = getCycleByYear(db, cycle.year - 1);
  const last = lastCycle ? getReportDraft(db, lastCycle.id, node.orgId, coverage) : null;
  if (last && lastCycle) candidates.push({ key: { kind: "previous-year" }, label: `本单位${lastCycle.year}年度报告`, text: narrativeText(last.doc, [...proseHeadings(getOutline(lastCycle.templateId)).keys()]) });
  // A government's other report of the year (全域 beside 本级) may share its wording: not compared.
  for (const d of drafts) {
    if (d.orgId === node.orgId) continue;
    const other = roster.nodes.get(d.orgId);
    const which = d.coverage === "own" && other?.coverage === "both" ? "本级" : "";
    candidates.push({ key: { kind: "same-cycle" }, label: `${other?.name ?? `单位 ${d.orgId}`}${which}${cycle.year}年度报告`, text: narrativeText(d.doc, order) });
  }
  const findings = similarReports(mine, candidates, threshold).map((f) => ({ label: f.label, kind: f.key.kind, ratio: f.ratio, text: f.text }));
  return { threshold, mine, findings };
}
