// GET /api/stats/{year}/{orgCode}/units.xlsx[?status=submitted] – the node and every unit below it, one row each, one column per cell
import { contentDisposition } from "@/lib/http/content-disposition";
import { readRoute } from "@/server/next/read";
import { basisParam } from "@/server/exports/table-export";
import { loadUnitsExport, unitsFileName } from "@/server/exports/units-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whoever may read the unit's statistics (stats.read), as the compiled table beside it. */
export const GET = readRoute<{ year: string; orgCode: string }>(async (ctx, params, request) => {
  const units = loadUnitsExport(ctx, params, basisParam(request));
  const xlsx = await units.xlsx();
  const { fileName, asciiName } = unitsFileName(units);
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(fileName, asciiName),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
});
