import { describe, expect, test } from "vitest";
import { chooseReportCoverage, reportCoverages, ROSTER_COVERAGES, REPORT_COVERAGES, type ReportCoverage, type RosterCoverage } from "@/lib/report/coverage";

describe("which reports a government has", () => {
  test.each<[RosterCoverage | undefined, ReportCoverage[]]>([
    [undefined, ["area"]],
    ["area", ["area"]],
    ["own", ["own"]],
    ["both", ["area", "own"]],
  ])("roster coverage %s → reports %j", (roster, reports) => {
    expect(reportCoverages(roster)).toEqual(reports);
  });

  test.each<[RosterCoverage | undefined, ReportCoverage | undefined, ReportCoverage | null]>([
    ["area", undefined, "area"],
    ["own", undefined, "own"],
    ["both", undefined, "area"],
    ["both", "own", "own"],
    ["both", "area", "area"],
    ["area", "own", null],
    ["own", "area", null],
    [undefined, "own", null],
  ])("roster %s, asked %s → %s", (roster, asked, chosen) => {
    expect(chooseReportCoverage(roster, asked)).toBe(chosen);
  });

  test("every roster choice has a first report, and only a report it lists can be chosen", () => {
    for (const roster of ROSTER_COVERAGES) {
      expect(chooseReportCoverage(roster, undefined)).toBe(reportCoverages(roster)[0]);
      for (const asked of REPORT_COVERAGES) expect(chooseReportCoverage(roster, asked) !== null).toBe(reportCoverages(roster).includes(asked));
    }
  });
});
