import { contentDisposition } from "@/lib/http/content-disposition";
import type { ReadContext } from "../kernel/read";
import { readableReport } from "../reports/readable-report";
import { reportDocx } from "./report-docx";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The report of the route's unit and year as .docx: the same permission (report.read; an unknown
 * unit the same 403) and the same report (`?coverage=area|own`, none: the unit's first) as its PDF.
 */
export async function reportDocxResponse(ctx: ReadContext, params: { year: string; orgCode: string }, request: Request): Promise<Response> {
  const { year, orgCode, built } = readableReport(ctx, params, request);

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
      "Content-Disposition": contentDisposition(filename, `report-${year}-${orgCode}${built.coverage === "own" ? "-own" : ""}.docx`),
      "Content-Length": String(docx.length),
      "Cache-Control": "no-store",
    },
  });
}
