// GET /api/stats/{year}/{orgCode}/slip?version=N – the 报送单 (PDF) of a signed version (default: the latest 签发)
import { contentDisposition } from "@/lib/http/content-disposition";
import { getDb } from "@/db/client";
import { CommandError } from "@/app/_server/errors";
import { readAccess, refuse } from "@/app/_server/review/read-access";
import { loadSlip, renderSlip } from "@/app/_server/review/slip";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whoever may read the unit's statistics may download its 报送单 (the unit itself, reviewers above it). */
export async function GET(request: Request, context: { params: Promise<{ year: string; orgCode: string }> }): Promise<Response> {
  const db = getDb();
  const access = await readAccess(db, await context.params);
  if (!access.ok) return access.response;
  const versionText = new URL(request.url).searchParams.get("version");
  const version = versionText === null || versionText === "" ? null : Number(versionText);
  if (version !== null && !(Number.isInteger(version) && version > 0)) return refuse(422, "数据版本号不正确");

  let built;
  try {
    built = loadSlip(db, access.year, access.orgCode, version);
  } catch (err) {
    if (err instanceof CommandError) return refuse(err.status, err.message);
    throw err;
  }
  if (!built.ok) return refuse(built.status, built.error);
  let pdf: Buffer;
  try {
    pdf = await renderSlip(built.loaded, request.signal);
  } catch (err) {
    console.error("[slip pdf]", err);
    return refuse(500, "生成报送单失败，请稍后重试");
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(built.loaded.fileName, built.loaded.asciiName),
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
