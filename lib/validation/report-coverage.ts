import { z } from "zod";
import "./zod-config";
import { REPORT_COVERAGES } from "../report/coverage";

/** Which of a government's reports a request is about (none: the node's first, see lib/report/coverage). */
export const reportCoverageField = z.enum(REPORT_COVERAGES, { error: "报告只能是全域报告或本级报告" }).optional();

/** A report of a unit in a year: what a read of one report is asked with. */
export const reportRefSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().trim().min(1).max(40),
  coverage: reportCoverageField,
});
export type ReportRef = z.input<typeof reportRefSchema>;
