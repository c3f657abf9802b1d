// POST /api/stats/{year}/{orgCode}/attachments – upload the sealed 报送单 scan (multipart/form-data: file, version?)
// GET  /api/stats/{year}/{orgCode}/attachments – the unit's uploaded files (without their bytes)
import { formatShanghai } from "@/lib/time";
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE } from "@/lib/review";
import { BodyError, readMultipart, type Multipart } from "@/server/next/body";
import { lookupSession } from "@/server/next/current-user";
import { executeAs, SESSION_ENDED } from "@/server/next/execute";
import { readRoute, refuse } from "@/server/next/read";
import { listUnitFiles } from "@/server/review/attachments";
import { uploadScan } from "@/server/workflow/upload-scan";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string; orgCode: string }> };

/**
 * In this order: the session (401 before any byte is read), the declared length, then the
 * multipart body parsed as it streams (busboy): one file of at most MAX_SCAN_BYTES and a version
 * field, nothing more. A cross-site form could post multipart, but the session cookie is
 * SameSite=Lax and the command checks the role.
 */
export async function POST(request: Request, context: Context): Promise<Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, SESSION_ENDED);
  const params = await context.params;
  let form: Multipart;
  try {
    form = await readMultipart(request, { fileBytes: MAX_SCAN_BYTES, files: 1, fields: 2, fieldBytes: 64 });
  } catch (err) {
    if (!(err instanceof BodyError)) throw err;
    return refuse(err.status, err.status === 413 && !/字段|一次只能/.test(err.message) ? SCAN_TOO_LARGE : err.message);
  }
  const files = form.files.filter((f) => f.field === "file");
  if (files.length !== 1) return refuse(422, "请选择要上传的文件");
  const file = files[0]!;
  const version = form.fields.version;
  const result = await executeAs(user, uploadScan, {
    year: params.year,
    orgCode: params.orgCode,
    ...(typeof version === "string" && version !== "" ? { version } : {}),
    fileName: file.name,
    bytes: file.bytes,
  });
  if (!result.ok) return Response.json({ error: result.error, fieldErrors: result.fieldErrors }, { status: result.status });
  return Response.json({ ...result.data, atText: formatShanghai(result.data.at) }, { status: 201 });
}

export const GET = readRoute<{ year: string; orgCode: string }>((ctx, params) =>
  Response.json({ files: listUnitFiles(ctx, params) }, { headers: { "Cache-Control": "no-store" } }),
);
