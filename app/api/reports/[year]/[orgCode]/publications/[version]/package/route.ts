// GET /api/reports/{year}/{orgCode}/publications/{version}/package – the zip for the 政府信息公开 platform (report.read)
import { readRoute } from "@/server/next/read";
import { packageResponse } from "@/server/reports/publication/downloads";
import { readablePublication } from "@/server/reports/publication/read-guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = readRoute<{ year: string; orgCode: string; version: string }>((ctx, params) => packageResponse(readablePublication(ctx, params)));
