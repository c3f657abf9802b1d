import { buildNotice, noticeFileName } from "@/lib/review";
import { shanghaiDay } from "@/lib/time";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { loadDashboard, noticeUnits } from "./dashboard";
import { noticeWorkbook } from "./notice-xlsx";

/**
 * The draft 通报 of a year for a reviewer (stats.review on at least one direct child; it lists
 * only those children), as an xlsx and its download name (the cycle's title once); audited.
 */
export async function loadNotice(ctx: ReadContext, params: { year: string }): Promise<{ xlsx: Buffer; fileName: string; year: number }> {
  const year = Number(params.year);
  const dashboard = Number.isInteger(year) ? loadDashboard(ctx.db, ctx.user, year, ctx.now) : null;
  if (!dashboard) throw new CommandError(404, `${params.year} 年度的填报周期不存在`);
  if (dashboard.rows.length === 0) throw new CommandError(403, "您没有审核下级单位的权限");
  const notice = buildNotice(year, noticeUnits(dashboard.rows));
  const xlsx = await noticeWorkbook(notice, shanghaiDay(ctx.now));
  ctx.audit({ action: "review.notice.export", targetType: "cycle", targetId: String(year), detail: { units: notice.rows.length } });
  return { xlsx, fileName: noticeFileName(cycleTitle(ctx.db, year)), year };
}
