import type { CellValues, Template } from "@/lib";
import { CSV_BOM } from "@/lib/audit";
import type { Db } from "@/db/client";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { unitStatsAccess } from "../review/read-access";
import { loadCycleTotals, type TotalsBasis } from "../stats/cycle-totals";
import { totalsCsv } from "./totals-csv";
import { tableWorkbook } from "./table-workbook";

/** What the figures of an export are, by basis. */
export const BASIS_LABEL: Record<TotalsBasis, string> = { approved: "已审核通过的数据", submitted: "已报送（含已审核通过）的数据" };

/** `?status=approved|submitted` (none: approved), as the CLI's `totals --status`; anything else is a 400. */
export function basisParam(request: Request): TotalsBasis {
  const raw = new URL(request.url).searchParams.get("status");
  if (raw === null || raw === "" || raw === "approved") return "approved";
  if (raw === "submitted") return "submitted";
  throw new CommandError(400, "数据范围参数不正确，应为 approved 或 submitted");
}

export type TableExport = { template: Template; values: CellValues; year: number; orgCode: string; unitName: string; yearTitle: string; basis: TotalsBasis };

/**
 * A node's totals for the table downloads (stats.read on the node, as its statistics page):
 * the sum of the counted submissions below it under the multi-level counting rule, the very
 * figures of the CLI's `totals` (a leaf: its own approved submission).
 */
export function loadTableExport(ctx: ReadContext, params: { year: string; orgCode: string }, basis: TotalsBasis): TableExport {
  const access = unitStatsAccess(ctx, params);
  return tableExportOf(ctx.db, access.year, access.orgCode, basis);
}

/** The same without a caller (the CLI's `export`, run by whoever holds the database): 404 when unknown. */
export function tableExportOf(db: Db, year: number, orgCode: string, basis: TotalsBasis): TableExport {
  const loaded = loadCycleTotals(db, year, basis);
  if (!loaded) throw new CommandError(404, `${year} 年度的填报周期不存在`);
  const node = loaded.tree.byCode.get(orgCode);
  if (!node) throw new CommandError(404, `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中`);
  return {
    template: loaded.template,
    values: loaded.totals.get(node.orgId) ?? {},
    year,
    orgCode: node.code,
    unitName: node.name,
    yearTitle: cycleTitle(db, year),
    basis,
  };
}

/** The download's name: "2018年度内蒙古自治区政府信息公开情况统计表.xlsx". */
export function tableFileName(t: TableExport, ext: "xlsx" | "csv"): { fileName: string; asciiName: string } {
  return { fileName: `${t.yearTitle}${t.unitName}政府信息公开情况统计表.${ext}`, asciiName: `table-${t.year}-${t.orgCode}.${ext}` };
}

/** The table as CSV with a BOM (so spreadsheet programs read it as UTF-8): `totals --format csv` otherwise. */
export function tableCsv(t: TableExport): string {
  return CSV_BOM + totalsCsv(t.template, t.orgCode, t.values);
}

export function tableXlsx(t: TableExport): Promise<Buffer> {
  return tableWorkbook({ template: t.template, values: t.values, unitName: t.unitName, orgCode: t.orgCode, yearTitle: t.yearTitle, basisLabel: BASIS_LABEL[t.basis] });
}
