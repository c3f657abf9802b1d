import fs from "node:fs";
import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { ImportFileError, type ParsedUnitTable } from "../../lib/import";
import { importFileKind } from "../../lib/import/upload-limits";
import type { ImportPreview } from "../../lib/contracts/import-preview";
import { IMPORT_STATUSES, importSubmissions, type ImportSubmissionsInput } from "../../server/stats/import-submissions";
import { fileErrorMessage, readUploadedFiles } from "../../server/stats/import-files/read-files";
import { readXlsxTables } from "../../server/stats/import-files/read-xlsx";
import { previewImport } from "../../server/stats/import-files/preview";
import { commitImport } from "../../server/stats/import-files/commit";
import { choice, yearOption } from "../args";
import { inOneTransaction, runAsConsole } from "../console";
import { readCsv, RefusedError, resolveUserPath, say, UsageError } from "../io";

export const usage =
  "submissions:import --year Y [--status draft|submitted|approved] [--explanation TEXT] [--compiled] [--org CODE] FILE…\n" +
  "                                 导入填报数据；一个或多个同类文件（按扩展名）：.csv（列：org_code 及各单元格代码）、\n" +
  "                                 .xlsx（系统下载的填报表，可含多个单位的工作表）或 .html（已发布报告另存的网页，\n" +
  "                                 须 --org 指定单位，作为该单位的历史数据，状态 approved）；全部通过才写入。\n" +
  "                                 --status approved（导入历史数据）时，下级单位全部通过的汇总单位\n" +
  "                                 （如包头市）的汇总结果也一并记为已通过，上级合计才计入其下级数据。\n" +
  "                                 提示性问题的说明记为 --explanation 的文字（默认“导入时未说明”）。\n" +
  "                                 不在官方统计表内的单元格（2021 年表的 F1–F3）可以不设列，记为未填报。\n" +
  "                                 --compiled（仅 .csv）：各行是汇总单位自己已发布的汇总表（历史数据，状态 approved），\n" +
  "                                 只用于同比，不计入上级合计";

const KIND_OF = (file: string) => (/\.csv$/i.test(file) ? "csv" : importFileKind(file));

/** Reads and decodes the files; checking and writing them (all or nothing) is the server's. */
export async function run(db: Db, argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { year: { type: "string" }, status: { type: "string" }, explanation: { type: "string" }, compiled: { type: "boolean" }, org: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals: files } = parsed;
  if (!files.length) throw new UsageError("需要至少 1 个文件参数");
  const year = yearOption(values.year);
  const kinds = new Set(files.map(KIND_OF));
  if (kinds.has(null) || kinds.has("text")) throw new UsageError(`不支持的文件类型：${files.filter((f) => !["csv", "xlsx", "html"].includes(KIND_OF(f) ?? "")).join(" ")}（可导入 .csv、.xlsx 或 .html）`);
  if (kinds.size > 1) throw new UsageError("一次只能导入同一类文件（.csv、.xlsx 或 .html），请分开导入");
  const kind = [...kinds][0] as "csv" | "xlsx" | "html";
  const compiled = values.compiled === true;
  if (kind !== "csv" && compiled) throw new UsageError("--compiled 只用于 .csv 文件");
  if (kind === "csv" && values.org !== undefined) throw new UsageError("--org 只用于 .xlsx 或 .html 文件（.csv 的每行有 org_code）");
  if (kind === "html" && !values.org) throw new UsageError("导入已发布报告的网页（.html）须用 --org 指定单位");
  // A compiling unit's published table, and a published page, are history: approved (the default then), never anything else.
  const historyOnly = compiled || kind === "html";
  const status = choice("status", values.status, IMPORT_STATUSES, historyOnly ? "approved" : "submitted");
  if (compiled && status !== "approved") throw new UsageError("--compiled 导入的是已发布的汇总表（历史数据），--status 只能是 approved");
  if (kind === "html" && status !== "approved") throw new UsageError("已发布报告的网页是历史数据，--status 只能是 approved");
  if (kind === "csv") {
    // Several CSV files: one transaction, so all of them or none (one file: as it always was).
    const many = files.length > 1 ? inOneTransaction<string[]> : (_db: Db, fn: () => Promise<string[]>) => fn();
    const lines = await many(db, async () => {
      const out: string[] = [];
      for (const file of files) {
        const { header, rows } = readCsv(file);
        out.push(...(await importSubmissionRows(db, { year, status, explanation: values.explanation, file, header, rows, ...(compiled ? { compiled } : {}) })));
      }
      return out;
    });
    for (const line of lines) say(line);
    return;
  }
  for (const line of await importTableFiles(db, { year, status, org: values.org, explanation: values.explanation, files })) say(line);
}

/** A refused plan's problems, one per line: the file, the unit, the cells and their places, the message. */
function problemLines(preview: ImportPreview): string[] {
  return preview.units.flatMap((u) =>
    u.messages
      .filter((m) => m.severity === "hard")
      .map((m) => `${u.source}：${u.orgCode ? `单位 ${u.orgCode} ` : ""}${m.cells.length ? `单元格 ${m.cells.join("、")}` : ""}${m.addresses.length ? `（${m.addresses.join("、")}）` : ""}：${m.message}`.replace(/ ：/, "："))
  );
}

/** .xlsx or .html files through the web upload's plan (preview, then commit with its fingerprint). */
async function importTableFiles(db: Db, input: { year: number; status: (typeof IMPORT_STATUSES)[number]; org?: string; explanation?: string; files: string[] }): Promise<string[]> {
  let tables: ParsedUnitTable[];
  try {
    const uploaded = input.files.map((f) => {
      const full = resolveUserPath(f);
      if (!fs.existsSync(full)) throw new RefusedError(`文件不存在：${full}`);
      return { name: f, bytes: new Uint8Array(fs.readFileSync(full)) };
    });
    tables = await readUploadedFiles(uploaded, { orgCode: input.org, readXlsx: readXlsxTables });
  } catch (err) {
    if (err instanceof ImportFileError) throw new RefusedError(`${fileErrorMessage(err)}；未导入任何数据。`);
    throw err;
  }
  const request = { year: input.year, status: input.status, org: input.org, explanation: input.explanation, files: input.files, tables };
  const preview = await runAsConsole(db, previewImport, request);
  if (!preview.ok) throw new RefusedError(`发现 ${preview.hardCount} 处问题，未导入任何数据：`, problemLines(preview));
  const result = await runAsConsole(db, commitImport, { ...request, fingerprint: preview.fingerprint });
  const lines = [
    `已导入 ${input.year} 年度 ${result.units.length} 个单位的数据（状态：${input.status}）：${result.units.map((u) => `${u.orgName}（${u.orgCode}）`).join("、")}。${result.warnings.length ? `另有 ${result.warnings.length} 条提示性问题${input.status === "draft" ? "，请在填报页说明" : "，已记为“" + (input.explanation || "导入时未说明") + "”"}。` : ""}`,
  ];
  if (result.compiled.length) lines.push(`下级单位已全部通过的 ${result.compiled.length} 个汇总单位的汇总结果已记为已通过：${result.compiled.map((c) => c.name).join("、")}。`);
  if (result.warnings.length) lines.push("提示性问题：");
  for (const w of result.warnings) lines.push(`  - 单位 ${w.orgCode}${w.cells.length ? ` 单元格 ${w.cells.join("、")}` : ""}${w.addresses.length ? `（${w.addresses.join("、")}）` : ""}：${w.message}`);
  return lines;
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
