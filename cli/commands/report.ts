import fs from "node:fs";
import path from "node:path";
import { reportPrefaceSchema, type ReportPreface } from "@/lib/validation/report-fields";
import type { Db } from "../../db/client";
import { loadReportDocument } from "../../server/reports/report-document";
import { REPORT_COVERAGES } from "../../lib/report/coverage";
import { choice, parse, yearOption } from "../args";
import { RefusedError, resolveUserPath, say, UsageError } from "../io";

export const usage =
  "report --year Y --org CODE --out FILE.pdf [--status approved|submitted] [--fields FIELDS.json] [--coverage area|own]\n" +
  "                                 生成某单位的年度报告 PDF（有下级的单位为汇总报告），与网页预览相同：已保存的正文\n" +
  "                                 （未撰写之处为按数据生成的默认文字）和前言字段；FIELDS.json 逐项覆盖已保存的前言字段：\n" +
  "                                 compiler sources downloadSite downloadUrl contactOffice phone email unitName scope；\n" +
  "                                 --coverage 选择政府的全域报告或本级报告（不给出时为该单位本年度的第一份报告）";

/** The preface fields of FIELDS.json, checked as the web page checks them when saved. */
function readFields(file: string | undefined): Partial<ReportPreface> {
  if (!file) return {};
  const full = resolveUserPath(file);
  if (!fs.existsSync(full)) throw new RefusedError(`文件不存在：${full}`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (err) {
    throw new RefusedError(`前言字段文件不是有效的 JSON：${full}（${(err as Error).message}）`);
  }
  const parsed = reportPrefaceSchema.partial().strict().safeParse(json);
  if (!parsed.success) throw new RefusedError(`前言字段文件有误：${full}`, parsed.error.issues.map((i) => `${i.path.join(".") || "（根）"}：${i.message}`));
  return parsed.data;
}

/** react-pdf writes one "/Type /Page" object per page (and "/Type /Pages" once). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * The document is built by the function the web's PDF route uses (server/reports/report-document.ts):
 * the saved narrative, saved preface fields and paragraphs carried from last year; FIELDS.json
 * replaces saved preface fields one by one.
 */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { year: { type: "string" }, org: { type: "string" }, out: { type: "string" }, status: { type: "string" }, fields: { type: "string" }, coverage: { type: "string" } }, 0);
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  if (!values.out) throw new UsageError("缺少 --out");
  if (!/\.pdf$/i.test(values.out)) throw new UsageError(`--out 应为 .pdf 文件：${values.out}`);
  const basis = choice("status", values.status, ["approved", "submitted"] as const, "approved");
  const coverage = values.coverage === undefined ? undefined : choice("coverage", values.coverage, REPORT_COVERAGES, "area");
  const fieldOverrides = readFields(values.fields);

  const built = loadReportDocument(db, year, values.org, { basis, fieldOverrides, coverage });
  if (!built.ok) throw new RefusedError(built.message);
  const doc = built.doc;

  // server/pdf/report is ESM (react-pdf ships ESM only); the CLI runs as CommonJS under tsx.
  const { renderReportPdf } = await import("../../server/pdf/report/render");
  const started = performance.now();
  const pdf = await renderReportPdf(doc);
  const ms = Math.round(performance.now() - started);
  const out = resolveUserPath(values.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, pdf);
  say(`已生成 ${out}：${doc.title}，${pageCount(pdf)} 页，${(pdf.length / 1024).toFixed(1)} KB，用时 ${ms} ms。`);
}
