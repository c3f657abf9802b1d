import type { Db } from "../../db/client";
import { IMPORT_STATUSES, importSubmissions, type ImportSubmissionsInput } from "../../server/stats/import-submissions";
import { choice, parse, yearOption } from "../args";
import { runAsConsole } from "../console";
import { readCsv, say, UsageError } from "../io";

export const usage =
  "submissions:import --year Y [--status draft|submitted|approved] [--explanation TEXT] [--compiled] FILE.csv\n" +
  "                                 导入填报数据（列：org_code 及各单元格代码）；全部通过才写入。\n" +
  "                                 --status approved（导入历史数据）时，下级单位全部通过的汇总单位\n" +
  "                                 （如包头市）的汇总结果也一并记为已通过，上级合计才计入其下级数据。\n" +
  "                                 提示性问题的说明记为 --explanation 的文字（默认“导入时未说明”）。\n" +
  "                                 不在官方统计表内的单元格（2021 年表的 F1–F3）可以不设列，记为未填报。\n" +
  "                                 --compiled：各行是汇总单位自己已发布的汇总表（历史数据，状态 approved），\n" +
  "                                 只用于同比，不计入上级合计";

/** Reads and decodes the file; checking and writing it (all or nothing) is server/stats/import-submissions.ts. */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { year: { type: "string" }, status: { type: "string" }, explanation: { type: "string" }, compiled: { type: "boolean" } },
    1,
  );
  const year = yearOption(values.year);
  const compiled = values.compiled === true;
  // A compiling unit's published table is history: approved (the default then), never anything else.
  const status = choice("status", values.status, IMPORT_STATUSES, compiled ? "approved" : "submitted");
  if (compiled && status !== "approved") throw new UsageError("--compiled 导入的是已发布的汇总表（历史数据），--status 只能是 approved");
  const file = positionals[0]!;
  const { header, rows } = readCsv(file);
  for (const line of await importSubmissionRows(db, { year, status, explanation: values.explanation, file, header, rows, ...(compiled ? { compiled } : {}) })) say(line);
}

/** Imports decoded rows as the console; answers the lines to print. Also `demo:load`'s (rows of the fixture files). */
export async function importSubmissionRows(db: Db, input: ImportSubmissionsInput & { status: (typeof IMPORT_STATUSES)[number] }): Promise<string[]> {
  const { year, status } = input;
  const result = await runAsConsole(db, importSubmissions, input);
  const lines = [
    input.compiled
      ? `已导入 ${year} 年度 ${result.units} 个汇总单位已发布的汇总表（历史数据，仅用于同比，不计入上级合计）。${result.warningList.length ? `另有 ${result.warningList.length} 条提示性问题，已记为“${result.explanation}”。` : ""}`
      : `已导入 ${year} 年度 ${result.units} 个单位的数据（状态：${status}）。${result.warningList.length ? `另有 ${result.warningList.length} 条提示性问题，已记为“${result.explanation}”。` : ""}`,
  ];
  if (result.compiled.length) {
    lines.push(`下级单位已全部通过的 ${result.compiled.length} 个汇总单位的汇总结果已记为已通过：${result.compiled.map((c) => c.name).join("、")}。`);
  }
  // Every warning recorded, listed as refusals are: unit, cells, message.
  if (result.warningList.length) lines.push("记录的提示性问题：");
  for (const w of result.warningList) lines.push(`  - 单位 ${w.orgCode}${w.cells.length ? ` 单元格 ${w.cells.join("、")}` : ""}：${w.message}`);
  return lines;
}
