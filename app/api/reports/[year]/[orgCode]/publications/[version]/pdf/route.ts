// GET /api/reports/{year}/{orgCode}/publications/{version}/pdf – the frozen PDF of a published version (report.read); ?coverage=own: the 本级 report's
import { readRoute } from "@/server/next/read";
import { pdfResponse } from "@/server/reports/publication/downloads";
import { readablePublication } from "@/server/reports/publication/read-guard";
import { coverageParam } from "@/server/reports/coverage-param";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = readRoute<{ year: string; orgCode: string; version: string }>((ctx, params, request) => pdfResponse(readablePublication(ctx, params, coverageParam(request)), "no-store"));
