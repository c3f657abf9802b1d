// GET /api/stats/{year}/{orgCode}/attachments/{id} – download an uploaded file (the unit and the reviewers above it)
import { contentDisposition } from "@/lib/http/content-disposition";
import { getAttachment } from "@/db/queries/attachments";
import { CommandError } from "@/server/kernel/errors";
import { readRoute } from "@/server/next/read";
import { unitStatsAccess } from "@/server/review/read-access";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = readRoute<{ year: string; orgCode: string; id: string }>((ctx, params) => {
  const access = unitStatsAccess(ctx, params);
  const id = Number(params.id);
  const file = Number.isInteger(id) ? getAttachment(ctx.db, id) : null;
  // Only a file of this unit's submission in this cycle: an id of another unit's file is "not found".
  if (!file || !access.state || file.submissionId !== access.state.submissionId) throw new CommandError(404, "文件不存在");
  const ext = file.fileName.split(".").pop() ?? "bin";
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mime,
      "Content-Disposition": contentDisposition(file.fileName, `scan-${access.year}-${access.orgCode}-${file.id}.${ext}`),
      "Content-Length": String(file.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});
