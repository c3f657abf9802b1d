// GET /api/stats/{year}/{orgCode}/template.xlsx – the unit's Excel 填报模板 (its figures so far, 上年数, 校验 formulas)
import { readRoute } from "@/server/next/read";
import { templateDownload } from "@/server/exports/template-xlsx/template-download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whoever may read the unit's statistics (stats.read); a compiling unit is refused (409): nothing to fill in. */
export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params) => templateDownload(ctx, params));
