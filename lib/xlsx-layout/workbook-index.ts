/**
 * The workbook's own index: a sheet Excel never shows (`veryHidden`) with one row per unit sheet,
 * so a workbook with many units, renamed sheets or sheets in another order is still read right.
 * It names the unit by its code and the year and template by their ids: never database ids.
 */
export const INDEX_SHEET = "_nianbao";
export const INDEX_COLUMNS = ["工作表", "年度", "模板", "单位代码", "单位名称"] as const;

export type IndexEntry = { sheet: string; year: number; templateId: string; orgCode: string; unitName: string };

/** The single sheet of a one-unit workbook; a multi-unit workbook names each sheet after its unit. */
export const SINGLE_SHEET = "填报表";

/** A sheet name Excel accepts (at most 31 characters, none of []:*?/\), unique in `used`. */
export function sheetNameFor(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\']/g, "").slice(0, 28) || SINGLE_SHEET;
  let out = base;
  for (let i = 2; used.has(out) || out === INDEX_SHEET; i++) out = `${base}${i}`;
  used.add(out);
  return out;
}
