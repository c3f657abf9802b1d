// GET /api/review/{year}/notice – the draft 通报 (xlsx): the reviewer's direct children that are 逾期 or have not published their report
import { buildNotice, noticeFileName } from "@/lib/review";
import { contentDisposition } from "@/lib/http/content-disposition";
import { shanghaiDay } from "@/lib/time";
import { CommandError } from "@/server/kernel/errors";
import { readRoute } from "@/server/next/read";
import { loadDashboard, noticeUnits } from "@/server/review/dashboard";
import { noticeWorkbook } from "@/server/review/notice-xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Only a reviewer of at least one direct child (stats.review on it) gets the 通报; it lists only those children. */
export const GET = readRoute<{ year: string }>(async (ctx, params) => {
  const year = Number(params.year);
  const dashboard = Number.isInteger(year) ? loadDashboard(ctx.db, ctx.user, year, ctx.now) : null;
  if (!dashboard) throw new CommandError(404, `${params.year} 年度的填报周期不存在`);
  if (dashboard.rows.length === 0) throw new CommandError(403, "您没有审核下级单位的权限");
  const notice = buildNotice(year, noticeUnits(dashboard.rows));
  const xlsx = await noticeWorkbook(notice, shanghaiDay(ctx.now));
  ctx.audit({ action: "review.notice.export", targetType: "cycle", targetId: String(year), detail: { units: notice.rows.length } });
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(noticeFileName(year), `notice-${year}.xlsx`),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
});
