// GET /api/stats/{year}/{orgCode}/attachments/{id} – download an uploaded file (the unit and the reviewers above it)
import { contentDisposition } from "@/lib/http/content-disposition";
import { getDb } from "@/db/client";
import { getAttachment } from "@/db/queries/attachments";
import { readAccess, refuse } from "@/app/_server/review/read-access";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ year: string; orgCode: string; id: string }> }): Promise<Response> {
  const db = getDb();
  const params = await context.params;
  const access = await readAccess(db, params);
  if (!access.ok) return access.response;
  const id = Number(params.id);
  const file = Number.isInteger(id) ? getAttachment(db, id) : null;
  // Only a file of this unit's submission in this cycle: an id of another unit's file is "not found".
  if (!file || !access.state || file.submissionId !== access.state.submissionId) return refuse(404, "文件不存在");
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
}
