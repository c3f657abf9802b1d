import type { ReportCoverage } from "@/lib/report/coverage";
import { reportCoverageField } from "@/lib/validation/report-coverage";
import { CommandError } from "../kernel/errors";

/** `?coverage=area|own` of a GET on a report (none: the unit's first report); anything else is a 400. */
export function coverageParam(request: Request): ReportCoverage | undefined {
  const raw = new URL(request.url).searchParams.get("coverage");
  const parsed = reportCoverageField.safeParse(raw === null || raw === "" ? undefined : raw);
  if (!parsed.success) throw new CommandError(400, parsed.error.issues[0]?.message ?? "报告参数不正确");
  return parsed.data;
}
