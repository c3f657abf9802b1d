import { contentDisposition } from "@/lib/http/content-disposition";
import { formatShanghai } from "@/lib/time";
import { getAttachment } from "@/db/queries/attachments";
import { listSubmissionFiles } from "@/db/queries/review";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { unitStatsAccess } from "./read-access";

type UnitParams = { year: string; orgCode: string };

/** A unit's uploaded files, without their bytes (whoever may read its statistics). */
export function listUnitFiles(ctx: ReadContext, params: UnitParams) {
  const access = unitStatsAccess(ctx, params);
  const files = access.state ? listSubmissionFiles(ctx.db, access.state.submissionId) : [];
  return files.map((f) => ({ ...f, atText: formatShanghai(f.at), url: `/api/stats/${access.year}/${encodeURIComponent(access.orgCode)}/attachments/${f.id}` }));
}

/** One uploaded file as a download; a file of another unit or cycle is "not found". */
export function attachmentResponse(ctx: ReadContext, params: UnitParams & { id: string }): Response {
  const access = unitStatsAccess(ctx, params);
  const id = Number(params.id);
  const file = Number.isInteger(id) ? getAttachment(ctx.db, id) : null;
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
}
