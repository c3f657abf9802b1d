import { contentDisposition } from "@/lib/http/content-disposition";
import { CommandError } from "../../kernel/errors";
import type { ReadContext } from "../../kernel/read";
import { unitStatsAccess } from "../../review/read-access";
import { loadUnitTemplate, templateFileName } from "./load-unit-template";
import { templateWorkbook } from "./template-workbook";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A unit's Excel template for whoever may read its statistics (stats.read: its own 填报员 and
 * 负责人, the reviewers above it; an unknown unit gets the same 403): the CLI's template:xlsx.
 */
export async function templateDownload(ctx: ReadContext, params: { year: string; orgCode: string }): Promise<Response> {
  const access = unitStatsAccess(ctx, params);
  const loaded = loadUnitTemplate(ctx.db, access.year, access.orgCode);
  if (!loaded.ok) throw new CommandError(loaded.status, loaded.message);
  const xlsx = await templateWorkbook([loaded.sheet]);
  const { fileName, asciiName } = templateFileName(loaded.sheet);
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": contentDisposition(fileName, asciiName),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
}
