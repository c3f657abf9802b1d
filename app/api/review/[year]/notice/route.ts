// GET /api/review/{year}/notice – the draft 通报 (xlsx): the reviewer's direct children that are 逾期 or late with their report
import { contentDisposition } from "@/lib/http/content-disposition";
import { readRoute } from "@/server/next/read";
import { loadNotice } from "@/server/review/notice";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Only a reviewer of at least one direct child (stats.review on it) gets the 通报; it lists only those children. */
export const GET = readRoute<{ year: string }>(async (ctx, params) => {
  const { xlsx, fileName, year } = await loadNotice(ctx, params);
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(fileName, `notice-${year}.xlsx`),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
});
