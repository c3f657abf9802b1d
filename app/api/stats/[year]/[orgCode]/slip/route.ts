// GET /api/stats/{year}/{orgCode}/slip?version=N – the 报送单 (PDF) of a signed version (default: the latest 签发)
import { contentDisposition } from "@/lib/http/content-disposition";
import { getDb } from "@/db/client";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { lookupSession } from "@/app/_server/current-user";
import { CommandError } from "@/app/_server/errors";
import { can } from "@/app/_server/guards";
import { loadSlip, renderSlip } from "@/app/_server/review/slip";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** Whoever may read the unit's statistics may download its 报送单 (the unit itself, reviewers above it). */
export async function GET(request: Request, context: { params: Promise<{ year: string; orgCode: string }> }): Promise<Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, "登录已失效，请重新登录");
  if (user.mustChangePassword) return refuse(403, "请先修改初始密码");
  const { year: yearText, orgCode: rawCode } = await context.params;
  const db = getDb();
  const org = getOrganisationByCode(db, decodeURIComponent(rawCode));
  // An unknown unit gets the same 403 as another unit's: the URL reveals nothing.
  if (!can(user, "stats.read", { kind: "org", orgId: org?.id ?? -1 })) return refuse(403, "您没有查看该单位统计数据的权限");
  const year = Number(yearText);
  const versionText = new URL(request.url).searchParams.get("version");
  const version = versionText === null || versionText === "" ? null : Number(versionText);
  if (!org || !Number.isInteger(year)) return refuse(404, "报送单不存在");
  if (version !== null && !(Number.isInteger(version) && version > 0)) return refuse(422, "数据版本号不正确");

  let built;
  try {
    built = loadSlip(db, year, org.code, version);
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
