import type { OrgTree, RosterNode } from "@/lib";
import { prereviewState, type PrereviewEvent } from "@/lib/report-prereview";
import { reportCoverages } from "@/lib/report/coverage";
import { formatShanghai } from "@/lib/time";
import type { DashboardRow } from "@/lib/contracts/review";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { listCyclePrereviewEvents, listReportDraftVersions } from "@/db/queries/report-prereviews";
import { prereviewApplies } from "./state";

/**
 * The 预审 state of each child's (first) report for the reviewer's dashboard, from the recorded
 * events alone: building every child's document to compare text fingerprints would cost
 * 120–400 ms a unit, so a clearance counts here while the draft version is the one cleared
 * (decision 022). The report page and the commands compare the text itself.
 */
export function prereviewStates(db: Db, cycle: Cycle, tree: OrgTree, children: readonly RosterNode[]): Map<number, DashboardRow["prereview"]> {
  const events = new Map<string, PrereviewEvent[]>();
  for (const e of listCyclePrereviewEvents(db, cycle.id)) {
    const key = `${e.orgId}/${e.coverage}`;
    events.set(key, [...(events.get(key) ?? []), e]);
  }
  const drafts = listReportDraftVersions(db, cycle.id);
  const out = new Map<number, DashboardRow["prereview"]>();
  for (const child of children) {
    const coverage = reportCoverages(child.coverage)[0]!;
    const key = `${child.orgId}/${coverage}`;
    const state = prereviewState(prereviewApplies(cycle, tree, child), events.get(key) ?? [], null, drafts.get(key) ?? 0);
    const path = `/reports/${cycle.year}/${encodeURIComponent(child.code)}${coverage === "own" ? "?coverage=own" : ""}`;
    out.set(child.orgId, { code: state.code, label: state.label, voided: state.voided, at: state.latest && state.code !== "unsent" ? formatShanghai(state.latest.at) : null, href: path });
  }
  return out;
}
