// GET /api/stats/{year}/{orgCode}/table.csv[?status=submitted] – the node's totals as CSV (UTF-8 with BOM, the layout of `totals --format csv`)
import { contentDisposition } from "@/lib/http/content-disposition";
import { readRoute } from "@/server/next/read";
import { basisParam, loadTableExport, tableCsv, tableFileName } from "@/server/exports/table-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whoever may read the unit's statistics (stats.read). */
export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params, request) => {
  const table = loadTableExport(ctx, params, basisParam(request));
  const { fileName, asciiName } = tableFileName(table, "csv");
  return new Response(tableCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(fileName, asciiName),
      "Cache-Control": "no-store",
    },
  });
});
