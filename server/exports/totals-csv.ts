import { stringify } from "csv-stringify/sync";
import { formatScaled, type CellValues, type Template } from "@/lib";

/**
 * A node's totals as CSV: the submissions layout (`org_code`, then one column per value cell by
 * canonical code, in template order) with one row; amounts at their scale, blank as empty. What
 * the CLI's `totals --format csv` prints, and (with a BOM) the table.csv download.
 */
export function totalsCsv(template: Template, orgCode: string, values: CellValues): string {
  const header = ["org_code", ...template.cells.map((c) => c.code)];
  const row = [orgCode, ...template.cells.map((c) => (values[c.code] === undefined ? "" : formatScaled(values[c.code]!, c.scale)))];
  return stringify([header, row]);
}
