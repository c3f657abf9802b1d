// GET /api/stats/{year}/{orgCode}/children-template.xlsx – one workbook, a sheet per direct child the reviewer may upload for
import { readRoute } from "@/server/next/read";
import { childrenTemplateDownload } from "@/server/exports/template-xlsx/template-download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The compiling unit's reviewer (stats.import on its leaf children); 403 when there is no such child. */
export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params) => childrenTemplateDownload(ctx, params));
