/**
 * What a government's report covers. Per cycle the office chooses for each government node
 * (roster entry `coverage`): the whole area (everything below), the 本级 only (the government
 * itself and its own departments), or both — two reports of one node, each with its own text,
 * preface, 签发 and publications.
 */
export const ROSTER_COVERAGES = ["area", "own", "both"] as const;
export type RosterCoverage = (typeof ROSTER_COVERAGES)[number];

/** One report of a node: the area's (全域) or the 本级's. */
export const REPORT_COVERAGES = ["area", "own"] as const;
export type ReportCoverage = (typeof REPORT_COVERAGES)[number];

/** The reports a node has this cycle, the first being the one its page opens on. */
export function reportCoverages(roster: RosterCoverage | undefined): ReportCoverage[] {
  if (roster === "both") return ["area", "own"];
  return [roster === "own" ? "own" : "area"];
}

/** The report asked for (none: the node's first), or null when the node has no such report this cycle. */
export function chooseReportCoverage(roster: RosterCoverage | undefined, asked: ReportCoverage | undefined): ReportCoverage | null {
  const has = reportCoverages(roster);
  if (asked === undefined) return has[0] ?? "area";
  return has.includes(asked) ? asked : null;
}

/** Whether a node has two reports this cycle (their titles, links and files then say which). */
export const hasTwoReports = (roster: RosterCoverage | undefined) => roster === "both";

export const REPORT_COVERAGE_LABELS: Record<ReportCoverage, string> = { area: "全域报告", own: "本级报告" };
