// GET /api/stats/{year}/{orgCode}/cells/{cellCode} – where a compiled cell comes from (the drill-down tree, values as exact decimal strings)
import { readRoute } from "@/server/next/read";
import { unitStatsAccess } from "@/server/review/read-access";
import { loadCellDrill } from "@/server/review/drill";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = readRoute<{ year: string; orgCode: string; cellCode: string }>((ctx, params) => {
  const access = unitStatsAccess(ctx, params);
  return Response.json(loadCellDrill(ctx, access.year, access.orgCode, params.cellCode), { headers: { "Cache-Control": "no-store" } });
});
