// GET /api/reports/{year}/{orgCode}/pdf – the unit's report of the year as PDF (compiled for a unit with children; ?coverage=own: a government's 本级 report)
import { readRoute } from "@/server/next/read";
import { reportPreviewResponse } from "@/server/reports/preview";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The preview PDF of the route's unit and year (report.read), rendered in the worker pool. */
export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params, request) => reportPreviewResponse(ctx, params, request));
