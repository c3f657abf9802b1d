// POST /api/stats/{year}/import[?preview=1] – filled tables uploaded (multipart: file × 1–50, org?, kind?, pasted?, fingerprint?)
import { ImportFileError } from "@/lib/import";
import { IMPORT_FILE_MAX_BYTES, IMPORT_MAX_FILES, IMPORT_PASTE_MAX_BYTES } from "@/lib/import/upload-limits";
import { BodyError, readMultipart, type Multipart } from "@/server/next/body";
import { lookupSession } from "@/server/next/current-user";
import { executeAs, SESSION_ENDED } from "@/server/next/execute";
import { refuse } from "@/server/next/read";
import { fileErrorMessage, readPastedTable, readUploadedFiles } from "@/server/stats/import-files/read-files";
import { readXlsxTables } from "@/server/stats/import-files/read-xlsx";
import { previewImport } from "@/server/stats/import-files/preview";
import { commitImport } from "@/server/stats/import-files/commit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string }> };

/**
 * In this order: the session (401 before any byte is read), the declared length, then the
 * multipart body parsed as it streams: at most 50 files of 5 MB each and four short fields.
 * `?preview=1` answers what the files would change (decision 023: nothing is kept between the
 * two requests); a commit posts the same files with the preview's fingerprint, and is refused
 * (409) when the files or the stored data changed since. `kind=history` reads a published
 * report's page or pasted table as the unit's approved history (the office's import).
 */
export async function POST(request: Request, context: Context): Promise<Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, SESSION_ENDED);
  const { year } = await context.params;
  const preview = new URL(request.url).searchParams.get("preview") === "1";
  let form: Multipart;
  try {
    form = await readMultipart(request, { fileBytes: IMPORT_FILE_MAX_BYTES, files: IMPORT_MAX_FILES, fields: 4, fieldBytes: IMPORT_PASTE_MAX_BYTES });
  } catch (err) {
    if (!(err instanceof BodyError)) throw err;
    const message = err.message === "一次只能上传一个文件" ? `一次最多上传 ${IMPORT_MAX_FILES} 个文件` : err.status === 413 && /请求内容过大/.test(err.message) ? "文件超过 5 MB，不能导入" : err.message;
    return refuse(err.status, message);
  }
  const files = form.files.filter((f) => f.field === "file");
  const org = form.fields.org?.trim() || undefined;
  const history = form.fields.kind === "history";
  const pasted = form.fields.pasted?.trim() ?? "";
  if (!files.length && !pasted) return refuse(422, "请选择要上传的文件");
  let tables;
  try {
    tables = await readUploadedFiles(files, { orgCode: org, readXlsx: readXlsxTables });
    if (pasted) tables.push(readPastedTable(pasted, { orgCode: org }));
  } catch (err) {
    if (err instanceof ImportFileError) return refuse(422, fileErrorMessage(err));
    throw err;
  }
  const input = { year, status: history ? "approved" : "draft", org, files: files.map((f) => f.name), tables };
  const result = preview ? await executeAs(user, previewImport, input) : await executeAs(user, commitImport, { ...input, fingerprint: form.fields.fingerprint ?? "" });
  if (!result.ok) return Response.json({ error: result.error, fieldErrors: result.fieldErrors }, { status: result.status });
  return Response.json(result.data, { headers: { "Cache-Control": "no-store" } });
}
