// GET /api/stats/{year}/{orgCode}/attachments/{id} – download an uploaded file (the unit and the reviewers above it)
import { readRoute } from "@/server/next/read";
import { attachmentResponse } from "@/server/review/attachments";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = readRoute<{ year: string; orgCode: string; id: string }>((ctx, params) => attachmentResponse(ctx, params));
