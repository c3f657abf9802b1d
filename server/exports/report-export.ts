import { contentDisposition } from "@/lib/http/content-disposition";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { coverageParam } from "../reports/coverage-param";
import { loadReportDocument } from "../reports/report-document";
import { reportDocx } from "./report-docx";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The report of the route's unit and year as .docx: the same permission (report.read; an unknown
 * unit the same 403) and the same report (`?coverage=area|own`, none: the unit's first) as its PDF.
 */
export async function reportDocxResponse(ctx: ReadContext, params: { year: string; orgCode: string }, request: Request): Promise<Response> {
  const org = getOrganisationByCode(ctx.db, params.orgCode);
  const year = Number(params.year);
  ctx.require("report.read", { kind: "org", orgId: org?.id ?? -1 }, "您没有查看该单位年度报告的权限", Number.isInteger(year) ? year : undefined);
  if (!org || !Number.isInteger(year)) throw new CommandError(404, "报告不存在");

  const built = loadReportDocument(ctx.db, year, org.code, { coverage: coverageParam(request) });
  if (!built.ok) throw new CommandError(built.reason === "no-data" ? 409 : 404, built.message);

  let docx: Buffer;
  try {
    docx = await reportDocx(built.doc);
  } catch (err) {
    console.error("[report docx]", err);
    return Response.json({ error: "生成 Word 文档失败，请稍后重试" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
  const filename = `${year}年${built.unitName}政府信息公开工作年度报告.docx`;
  return new Response(new Uint8Array(docx), {
    headers: {
      "Content-Type": DOCX_TYPE,
      "Content-Disposition": contentDisposition(filename, `report-${year}-${org.code}${built.coverage === "own" ? "-own" : ""}.docx`),
      "Content-Length": String(docx.length),
      "Cache-Control": "no-store",
    },
  });
}
