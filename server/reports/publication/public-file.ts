import type { Db } from "@/db/client";
import { findPublished, pdfResponse } from "./downloads";
import { publicListEnabled } from "./public-setting";

/**
 * A published version's frozen PDF for anyone (no login): only `v{n}.pdf` (a unit's first report)
 * or `v{n}-own.pdf` (its 本级 report) of a published version, the stored bytes; anything else is
 * a plain 404.
 */
export function publicPdfResponse(db: Db, params: { year: string; orgCode: string; file: string }): Response {
  if (!publicListEnabled(db)) return Response.json({ error: "本系统未开放公开报告，请到各单位的政府信息公开专栏查阅" }, { status: 404 });
  const m = /^v(\d{1,4})(-own)?\.pdf$/.exec(params.file);
  const found = m ? findPublished(db, Number(params.year), params.orgCode, Number(m[1]), m[2] ? "own" : undefined) : null;
  if (!found) return Response.json({ error: "该报告不存在或尚未发布" }, { status: 404 });
  return pdfResponse(found, "public");
}
