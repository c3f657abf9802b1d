// GET /api/stats/{year}/{orgCode}/table.xlsx[?status=submitted] – the node's compiled 附表 as xlsx, in the template's official layout
import { contentDisposition } from "@/lib/http/content-disposition";
import { readRoute } from "@/server/next/read";
import { basisParam, loadTableExport, tableFileName, tableXlsx } from "@/server/exports/table-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whoever may read the unit's statistics (stats.read): the totals `totals` prints, numbers as numbers. */
export const GET = readRoute<{ year: string; orgCode: string }>(async (ctx, params, request) => {
  const table = loadTableExport(ctx, params, basisParam(request));
  const xlsx = await tableXlsx(table);
  const { fileName, asciiName } = tableFileName(table, "xlsx");
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(fileName, asciiName),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
});
