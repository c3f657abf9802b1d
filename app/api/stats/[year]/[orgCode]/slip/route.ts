// GET /api/stats/{year}/{orgCode}/slip?version=N – the 报送单 (PDF) of a signed version (default: the latest 签发)
import { contentDisposition } from "@/lib/http/content-disposition";
import { CommandError } from "@/server/kernel/errors";
import { readRoute } from "@/server/next/read";
import { unitStatsAccess } from "@/server/review/read-access";
import { loadSlip, renderSlip } from "@/server/review/slip";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whoever may read the unit's statistics may download its 报送单 (the unit itself, reviewers above it). */
export const GET = readRoute<{ year: string; orgCode: string }>(async (ctx, params, request) => {
  const access = unitStatsAccess(ctx, params);
  const versionText = new URL(request.url).searchParams.get("version");
  const version = versionText === null || versionText === "" ? null : Number(versionText);
  if (version !== null && !(Number.isInteger(version) && version > 0)) throw new CommandError(422, "数据版本号不正确");
  const built = loadSlip(ctx.db, access.year, access.orgCode, version);
  if (!built.ok) throw new CommandError(built.status, built.error);
  let pdf: Buffer;
  try {
    pdf = await renderSlip(built.loaded, request.signal);
  } catch (err) {
    console.error("[slip pdf]", err);
    return Response.json({ error: "生成报送单失败，请稍后重试" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(built.loaded.fileName, built.loaded.asciiName),
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
});
