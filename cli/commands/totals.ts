import { formatScaled, type CellValues, type Template } from "@/lib";
import type { Db } from "../../db/client";
import { totalsCsv } from "../../server/exports/totals-csv";
import { loadUnitTotals } from "../../server/stats/unit-totals";
import { choice, parse, yearOption } from "../args";
import { out, RefusedError, UsageError } from "../io";

export const usage =
  "totals --year Y --org CODE [--status approved|submitted] [--format json|csv]\n" +
  "                                 输出某单位（含下级汇总）的合计数；默认只计已审核通过的数据";

/** Counts as JSON numbers (digits as they are, exact past 2^53), amounts as strings at their scale; blank as null. */
export function totalsJson(template: Template, values: CellValues): string {
  const fields = template.cells.map((c) => {
    const v = values[c.code];
    const printed = v === undefined ? "null" : c.scale === 0 ? v.toString() : JSON.stringify(formatScaled(v, c.scale));
    return `${JSON.stringify(c.code)}: ${printed}`;
  });
  return `{${fields.join(", ")}}\n`;
}

export function run(db: Db, argv: string[]): void {
  const { values } = parse(argv, { year: { type: "string" }, org: { type: "string" }, status: { type: "string" }, format: { type: "string" } }, 0);
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  const basis = choice("status", values.status, ["approved", "submitted"] as const, "approved");
  const format = choice("format", values.format, ["json", "csv"] as const, "json");
  const loaded = loadUnitTotals(db, year, values.org, basis);
  if (!loaded.ok) throw new RefusedError(loaded.message);
  out(format === "json" ? totalsJson(loaded.template, loaded.values) : totalsCsv(loaded.template, loaded.orgCode, loaded.values));
}
