import { contentDisposition } from "@/lib/http/content-disposition";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { reportRenderPool } from "../pdf/report-pool";
import { isRenderCancelled, isRenderOverBudget } from "../pdf/report/render-in-worker";
import { previewRenderKey, takePrerenderedPreview } from "./preview-prerender";
import { readableReport } from "./readable-report";

/**
 * Renders in the process-wide worker pool, keyed by year, unit and user: a newer request of the
 * same user for the same report (a refreshed preview) cancels the older one, which answers 409.
 * After a save, the render the save started is taken when it is of this very document.
 */
export async function reportPreviewResponse(ctx: ReadContext, params: { year: string; orgCode: string }, request: Request): Promise<Response> {
  const { signal } = request;
  const { year, orgCode, built } = readableReport(ctx, params, request);

  const key = previewRenderKey(year, orgCode, built.coverage, ctx.user.id);
  let pdf: Buffer;
  try {
    pdf = (await takePrerenderedPreview(key, built.doc)?.catch(() => null)) ?? (await reportRenderPool().render(built.doc, { key, signal }));
  } catch (err) {
    if (isRenderCancelled(err)) throw new CommandError(409, "已有更新的预览请求，本次生成已取消");
    if (isRenderOverBudget(err)) throw new CommandError(413, err.message);
    console.error("[report pdf]", err);
    return Response.json({ error: "生成报告 PDF 失败，请稍后重试" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }

  const filename = `${year}年${built.unitName}政府信息公开工作年度报告.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(filename, `report-${year}-${orgCode}${built.coverage === "own" ? "-own" : ""}.pdf`, "inline"),
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
