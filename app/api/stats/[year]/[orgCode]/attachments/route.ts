// POST /api/stats/{year}/{orgCode}/attachments – upload the sealed 报送单 scan (multipart/form-data: file, version?)
// GET  /api/stats/{year}/{orgCode}/attachments – the unit's uploaded files (without their bytes)
import { formatShanghai } from "@/lib/time";
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE } from "@/lib/review";
import { listSubmissionFiles } from "@/db/queries/review";
import { execute } from "@/server/next/execute";
import { readRoute, refuse } from "@/server/next/read";
import { unitStatsAccess } from "@/server/review/read-access";
import { uploadScan } from "@/server/workflow/upload-scan";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string; orgCode: string }> };

/** Room for the multipart envelope around a file of the maximum size. */
const ENVELOPE = 64 * 1024;

export async function POST(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  // multipart only: a cross-site form could post it, but the session cookie is SameSite=Lax and the command checks the role.
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return refuse(415, "请以 multipart/form-data 上传文件");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_SCAN_BYTES + ENVELOPE) return refuse(413, SCAN_TOO_LARGE);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "上传内容无法解析");
  }
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  if (files.length !== 1) return refuse(422, files.length ? "一次只能上传一个文件" : "请选择要上传的文件");
  const file = files[0]!;
  if (file.size > MAX_SCAN_BYTES) return refuse(413, SCAN_TOO_LARGE);
  const version = form.get("version");
  const result = await execute(uploadScan, {
    year: params.year,
    orgCode: params.orgCode,
    ...(typeof version === "string" && version !== "" ? { version } : {}),
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!result.ok) return Response.json({ error: result.error, fieldErrors: result.fieldErrors }, { status: result.status });
  return Response.json({ ...result.data, atText: formatShanghai(result.data.at) }, { status: 201 });
}

export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params) => {
  const access = unitStatsAccess(ctx, params);
  const files = access.state ? listSubmissionFiles(ctx.db, access.state.submissionId) : [];
  return Response.json(
    { files: files.map((f) => ({ ...f, atText: formatShanghai(f.at), url: `/api/stats/${access.year}/${encodeURIComponent(access.orgCode)}/attachments/${f.id}` })) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
