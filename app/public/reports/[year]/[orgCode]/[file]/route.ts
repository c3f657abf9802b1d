// GET /public/reports/{year}/{orgCode}/v{n}.pdf – a published version's frozen PDF, without login
import { getDb } from "@/db/client";
import { findPublished, pdfResponse } from "@/server/reports/publication/downloads";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { year: string; orgCode: string; file: string };

/** Only published versions are served here (the stored bytes); anything else is a plain 404. */
export async function GET(_request: Request, context: { params: Promise<Params> }): Promise<Response> {
  const { year, orgCode, file } = await context.params;
  const m = /^v(\d{1,4})\.pdf$/.exec(file);
  const found = m ? findPublished(getDb(), Number(year), orgCode, Number(m[1])) : null;
  if (!found) return Response.json({ error: "该报告不存在或尚未发布" }, { status: 404 });
  return pdfResponse(found, "public");
}
