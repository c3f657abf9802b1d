// GET /api/review/{year}/notice – the draft 通报 (xlsx): the reviewer's direct children that are 逾期 or have not published their report
import { buildNotice, noticeFileName } from "@/lib/review";
import { contentDisposition } from "@/lib/http/content-disposition";
import { shanghaiDay } from "@/lib/time";
import { getDb } from "@/db/client";
import { lookupSession } from "@/app/_server/current-user";
import { now } from "@/app/_server/clock";
import { refuse } from "@/app/_server/review/read-access";
import { loadDashboard, noticeUnits } from "@/app/_server/review/dashboard";
import { noticeWorkbook } from "@/app/_server/review/notice-xlsx";
import { audit } from "@/app/_server/audit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Only a reviewer of at least one direct child (stats.review on it) gets the 通报; it lists only those children. */
export async function GET(_request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, "登录已失效，请重新登录");
  if (user.mustChangePassword) return refuse(403, "请先修改初始密码");
  const year = Number((await context.params).year);
  const db = getDb();
  const at = now();
  const dashboard = Number.isInteger(year) ? loadDashboard(db, user, year, at) : null;
  if (!dashboard) return refuse(404, `${(await context.params).year} 年度的填报周期不存在`);
  if (dashboard.rows.length === 0) return refuse(403, "您没有审核下级单位的权限");
  const notice = buildNotice(year, noticeUnits(dashboard.rows));
  const xlsx = await noticeWorkbook(notice, shanghaiDay(at));
  audit({ userId: user.id, username: user.username, action: "review.notice.export", targetType: "cycle", targetId: String(year), detail: { units: notice.rows.length } });
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(noticeFileName(year), `notice-${year}.xlsx`),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
}
