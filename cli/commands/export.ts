import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../db/client";
import { REPORT_COVERAGES } from "../../lib/report/coverage";
import { CommandError } from "../../server/kernel/errors";
import { reportDocx } from "../../server/exports/report-docx";
import { tableCsv, tableExportOf, tableXlsx } from "../../server/exports/table-export";
import { unitsExportOf } from "../../server/exports/units-export";
import { loadReportDocument } from "../../server/reports/report-document";
import { choice, parse, yearOption } from "../args";
import { RefusedError, resolveUserPath, say, UsageError } from "../io";

export const usage =
  "export --year Y --org CODE --format xlsx|csv|docx|units-xlsx --out FILE [--status approved|submitted] [--coverage area|own]\n" +
  "                                 导出某单位的文件，与网页下载相同：xlsx/csv 为本级汇总统计表（附表），units-xlsx 为本单位及\n" +
  "                                 所属各单位的数据（每单位一行、每格一列），docx 为当前年度报告的 Word 文档（同 report 命令）；\n" +
  "                                 --status 选择计入的数据（默认已审核通过），--coverage 仅用于 docx";

const FORMATS = ["xlsx", "csv", "docx", "units-xlsx"] as const;
type Format = (typeof FORMATS)[number];
const EXTENSION: Record<Format, string> = { xlsx: ".xlsx", csv: ".csv", docx: ".docx", "units-xlsx": ".xlsx" };

/** The file's bytes and what to say about it; a refusal of the server (unknown cycle or unit) is a RefusedError. */
async function build(db: Db, format: Format, year: number, org: string, basis: "approved" | "submitted", coverage: "area" | "own" | undefined): Promise<{ bytes: Uint8Array; what: string }> {
  try {
    if (format === "docx") {
      const built = loadReportDocument(db, year, org, { basis, coverage });
      if (!built.ok) throw new RefusedError(built.message);
      return { bytes: await reportDocx(built.doc), what: `${built.doc.title}（Word）` };
    }
    if (format === "units-xlsx") {
      const units = unitsExportOf(db, year, org, basis);
      return { bytes: await units.xlsx(), what: `${units.unitName}及所属 ${units.rows.length - 1} 个单位的统计数据` };
    }
    const table = tableExportOf(db, year, org, basis);
    const bytes = format === "csv" ? Buffer.from(tableCsv(table), "utf8") : await tableXlsx(table);
    return { bytes, what: `${table.unitName}${table.yearTitle}政府信息公开情况统计表` };
  } catch (err) {
    if (err instanceof CommandError) throw new RefusedError(err.message);
    throw err;
  }
}

/** The same files as the web's downloads (server/exports), written to --out. */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { year: { type: "string" }, org: { type: "string" }, format: { type: "string" }, out: { type: "string" }, status: { type: "string" }, coverage: { type: "string" } }, 0);
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  if (!values.format) throw new UsageError(`缺少 --format（${FORMATS.join("、")}）`);
  const format = choice("format", values.format, FORMATS, "xlsx");
  if (!values.out) throw new UsageError("缺少 --out");
  if (!values.out.toLowerCase().endsWith(EXTENSION[format])) throw new UsageError(`--format ${format} 的 --out 应为 ${EXTENSION[format]} 文件：${values.out}`);
  const basis = choice("status", values.status, ["approved", "submitted"] as const, "approved");
  if (values.coverage !== undefined && format !== "docx") throw new UsageError("--coverage 只用于 --format docx");
  const coverage = values.coverage === undefined ? undefined : choice("coverage", values.coverage, REPORT_COVERAGES, "area");

  const { bytes, what } = await build(db, format, year, values.org, basis, coverage);
  const out = resolveUserPath(values.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  say(`已生成 ${out}：${what}，${(bytes.length / 1024).toFixed(1)} KB。`);
}
