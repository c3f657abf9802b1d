import { getOrganisationByCode } from "@/db/queries/orgs";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { coverageParam } from "./coverage-param";
import { loadReportDocument, type ReportDocumentResult } from "./report-document";

/**
 * A signed-in reader's report of the route's unit and year, as a download builds it (PDF preview,
 * Word): report.read (an unknown unit gets the same 403 as another unit's: the URL reveals
 * nothing), the report chosen by `?coverage=`, 409 when there is no data to build it from.
 */
export function readableReport(ctx: ReadContext, params: { year: string; orgCode: string }, request: Request) {
  const org = getOrganisationByCode(ctx.db, params.orgCode);
  const year = Number(params.year);
  ctx.require("report.read", { kind: "org", orgId: org?.id ?? -1 }, "您没有查看该单位年度报告的权限", Number.isInteger(year) ? year : undefined);
  if (!org || !Number.isInteger(year)) throw new CommandError(404, "报告不存在");
  const built = loadReportDocument(ctx.db, year, org.code, { coverage: coverageParam(request) });
  if (!built.ok) throw new CommandError(built.reason === "no-data" ? 409 : 404, built.message);
  return { year, orgCode: org.code, built: built as Extract<ReportDocumentResult, { ok: true }> };
}
