// GET /api/reports/{year}/{orgCode}/pdf – the unit's report of the year as PDF (compiled for a unit with children)
import { getDb } from "@/db/client";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { lookupSession } from "@/app/_server/current-user";
import { can } from "@/app/_server/guards";
import { loadReportDocument } from "@/app/_server/reports/report-document";
import { reportRenderPool } from "@/app/_server/reports/render-pool";
import { RenderCancelledError } from "@/components/report-pdf/render-in-worker";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { year: string; orgCode: string };

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Renders in the process-wide worker pool, keyed by year, unit and user: a newer request of the
 * same user for the same report (a refreshed preview) cancels the older one, which answers 409.
 */
export async function GET(request: Request, context: { params: Promise<Params> }): Promise<Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, "登录已失效，请重新登录");
  if (user.mustChangePassword) return refuse(403, "请先修改初始密码");
  const { year: yearText, orgCode: rawCode } = await context.params;
  const orgCode = decodeURIComponent(rawCode);
  const db = getDb();
  const org = getOrganisationByCode(db, orgCode);
  // An unknown unit gets the same 403 as another unit's report: the URL reveals nothing.
  if (!can(user, "report.read", { kind: "org", orgId: org?.id ?? -1 })) return refuse(403, "您没有查看该单位年度报告的权限");
  const year = Number(yearText);
  if (!org || !Number.isInteger(year)) return refuse(404, "报告不存在");

  const built = loadReportDocument(db, year, org.code);
  if (!built.ok) return refuse(built.reason === "no-data" ? 409 : 404, built.message);

  let pdf: Buffer;
  try {
    pdf = await reportRenderPool().render(built.doc, { key: `${year}/${org.code}/${user.id}`, signal: request.signal });
  } catch (err) {
    if (err instanceof RenderCancelledError) return refuse(409, "已有更新的预览请求，本次生成已取消");
    console.error("[report pdf]", err);
    return refuse(500, "生成报告 PDF 失败，请稍后重试");
  }

  const filename = `${year}年${built.unitName}政府信息公开工作年度报告.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="report-${year}-${org.code}.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
