// GET /public/reports/{year}/{orgCode}/v{n}.pdf – a published version's frozen PDF, without login
import { publicRoute } from "@/server/next/read";
import { publicPdfResponse } from "@/server/reports/publication/public-file";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = publicRoute<{ year: string; orgCode: string; file: string }>((ctx, params) => publicPdfResponse(ctx.db, params));
