import { getTemplate } from "@/lib/templates";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { unitPage } from "../orgs/unit-page";
import { loadDrill } from "./drill";

/** The drill-down page of one cell of a unit's compiled table (stats.read; 404 for an unknown cell). */
export function loadCellDrillPage(ctx: ReadContext, params: { year: string; orgCode: string; cellCode: string }) {
  const { year, cycle, roster, node } = unitPage(ctx, params, "stats.read");
  const cell = getTemplate(cycle.templateId).cell(params.cellCode);
  if (!cell) throw new CommandError(404, `单元格 ${params.cellCode} 不存在`);
  const drill = loadDrill(ctx.db, ctx.user, cycle, roster, node, cell);
  return {
    year,
    orgCode: node.code,
    unitName: node.name,
    cell: { code: cell.code, name: cell.name },
    /** The cell's unit as printed after a figure ("" for a count without one). */
    unit: cell.unit === "—" ? "" : cell.unit,
    ...drill,
  };
}
