import type { CellValues, Template } from "@/lib";
import type { Db } from "@/db/client";
import { loadCycleTotals, type TotalsBasis } from "./cycle-totals";

export type UnitTotalsResult = { ok: true; template: Template; orgCode: string; values: CellValues } | { ok: false; message: string };

/**
 * One node's totals of a year under the multi-level counting rule (`loadCycleTotals`): what the
 * CLI's `totals` prints. Refused with the reason when the cycle or the unit (in its roster) is unknown.
 */
export function loadUnitTotals(db: Db, year: number, orgCode: string, basis: TotalsBasis = "approved"): UnitTotalsResult {
  const loaded = loadCycleTotals(db, year, basis);
  if (!loaded) return { ok: false, message: `${year} 年度的填报周期不存在` };
  const node = loaded.tree.byCode.get(orgCode);
  if (!node) return { ok: false, message: `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中` };
  return { ok: true, template: loaded.template, orgCode: node.code, values: loaded.totals.get(node.orgId) ?? {} };
}
