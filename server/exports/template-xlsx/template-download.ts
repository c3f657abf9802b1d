import { buildTree, isLeaf } from "@/lib";
import { contentDisposition } from "@/lib/http/content-disposition";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { CommandError } from "../../kernel/errors";
import type { ReadContext } from "../../kernel/read";
import { unitStatsAccess } from "../../review/read-access";
import { loadUnitTemplate, loadUnitTemplates, templateFileName } from "./load-unit-template";
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
  return xlsxResponse(await templateWorkbook([loaded.sheet]), templateFileName(loaded.sheet));
}

/**
 * One workbook with a sheet for each direct child of a compiling unit whose figures its reviewer
 * may upload (stats.import: leaf children; a compiling child has nothing to fill in), for the
 * reviewer who collects the children's tables by e-mail and uploads them in one go.
 */
export async function childrenTemplateDownload(ctx: ReadContext, params: { year: string; orgCode: string }): Promise<Response> {
  const access = unitStatsAccess(ctx, params);
  const cycle = getCycleByYear(ctx.db, access.year)!;
  const roster = buildTree(getRoster(ctx.db, cycle.id));
  const parent = roster.byCode.get(access.orgCode);
  const children = parent ? (roster.children.get(parent.orgId) ?? []) : [];
  const codes = children.filter((c) => isLeaf(roster, c.orgId) && ctx.can("stats.import", { kind: "org", orgId: c.orgId }, access.year)).map((c) => c.code);
  if (codes.length === 0) throw new CommandError(403, "您没有可以代为上传填报表的直属下级单位");
  const sheets = loadUnitTemplates(ctx.db, access.year, codes).flatMap((r) => (r.ok ? [r.sheet] : []));
  return xlsxResponse(await templateWorkbook(sheets), {
    fileName: `${access.year}年度${parent!.name}直属下级单位统计表填报模板.xlsx`,
    asciiName: `templates-${access.year}-${access.orgCode}-children.xlsx`,
  });
}

function xlsxResponse(xlsx: Buffer, names: { fileName: string; asciiName: string }): Response {
  const { fileName, asciiName } = names;
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": contentDisposition(fileName, asciiName),
      "Content-Length": String(xlsx.length),
      "Cache-Control": "no-store",
    },
  });
}
