// GET /api/reports/{year}/{orgCode}/publications/{version}/pdf – the frozen PDF of a published version (report.read)
import { readRoute } from "@/server/next/read";
import { pdfResponse } from "@/server/reports/publication/downloads";
import { readablePublication } from "@/server/reports/publication/read-guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = readRoute<{ year: string; orgCode: string; version: string }>((ctx, params) => pdfResponse(readablePublication(ctx, params), "no-store"));
