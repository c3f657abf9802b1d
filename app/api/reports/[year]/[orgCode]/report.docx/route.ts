// GET /api/reports/{year}/{orgCode}/report.docx – the unit's report of the year as Word (?coverage=own: a government's 本级 report), as …/pdf chooses it
import { readRoute } from "@/server/next/read";
import { reportDocxResponse } from "@/server/exports/report-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** report.read on the unit, as the PDF. */
export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params, request) => reportDocxResponse(ctx, params, request));
