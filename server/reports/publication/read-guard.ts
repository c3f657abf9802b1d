import { getOrganisationByCode } from "@/db/queries/orgs";
import { CommandError } from "../../kernel/errors";
import type { ReadContext } from "../../kernel/read";
import { findPublished, type Published } from "./downloads";
import type { ReportCoverage } from "@/lib/report/coverage";

/**
 * A signed-in reader's published version (report.read on the unit): the same 403 for an unknown
 * unit as for another unit's, 404 for a version that does not exist.
 */
export function readablePublication(ctx: ReadContext, params: { year: string; orgCode: string; version: string }, coverage?: ReportCoverage): Published {
  const org = getOrganisationByCode(ctx.db, params.orgCode);
  const year = Number(params.year);
  ctx.require("report.read", { kind: "org", orgId: org?.id ?? -1 }, "您没有查看该单位年度报告的权限", Number.isInteger(year) ? year : undefined);
  const found = findPublished(ctx.db, Number(params.year), params.orgCode, Number(params.version), coverage);
  if (!found) throw new CommandError(404, "该版本的报告不存在");
  return found;
}
