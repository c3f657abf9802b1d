// GET /api/stats/{year}/{orgCode}/cells/{cellCode} – where a compiled cell comes from (the drill-down tree, values as exact decimal strings)
import { buildTree } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { getDb } from "@/db/client";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { readAccess, refuse } from "@/app/_server/review/read-access";
import { loadDrill } from "@/app/_server/review/drill";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ year: string; orgCode: string; cellCode: string }> }): Promise<Response> {
  const db = getDb();
  const params = await context.params;
  const access = await readAccess(db, params);
  if (!access.ok) return access.response;
  const cycle = getCycleByYear(db, access.year)!;
  const tree = buildTree(getRoster(db, cycle.id));
  const node = tree.byCode.get(access.orgCode);
  const cell = getTemplate(cycle.templateId).cell(decodeURIComponent(params.cellCode));
  if (!node || !cell) return refuse(404, node ? `单元格 ${params.cellCode} 不存在` : `单位 ${access.orgCode} 不在 ${access.year} 年度名册中`);
  return Response.json({ cell: { code: cell.code, name: cell.name, unit: cell.unit }, ...loadDrill(db, access.user, cycle, tree, node, cell) }, { headers: { "Cache-Control": "no-store" } });
}
