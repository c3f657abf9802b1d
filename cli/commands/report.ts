import fs from "node:fs";
import path from "node:path";
import { buildReportDocument, defaultScope, reportFieldsSchema, type ReportFields } from "@/lib/report";
import type { Db } from "../../db/client";
import { loadReportData } from "../../server/reports/report-data";
import { choice, parse, yearOption } from "../args";
import { RefusedError, resolveUserPath, say, UsageError } from "../io";

export const usage =
  "report --year Y --org CODE --out FILE.pdf [--status approved|submitted] [--fields FIELDS.json]\n" +
  "                                 生成某单位的年度报告 PDF（有下级的单位为汇总报告），正文为按数据生成的默认文字；\n" +
  "                                 FIELDS.json 可提供前言字段：compiler sources downloadSite downloadUrl contactOffice phone email unitName scope";

function readFields(file: string | undefined, defaults: ReportFields): ReportFields {
  if (!file) return defaults;
  const full = resolveUserPath(file);
  if (!fs.existsSync(full)) throw new RefusedError(`文件不存在：${full}`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (err) {
    throw new RefusedError(`前言字段文件不是有效的 JSON：${full}（${(err as Error).message}）`);
  }
  const parsed = reportFieldsSchema.partial().strict().safeParse(json);
  if (!parsed.success) throw new RefusedError(`前言字段文件有误：${full}`, parsed.error.issues.map((i) => `${i.path.join(".") || "（根）"}：${i.message}`));
  return { ...defaults, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== "")) };
}

/** react-pdf writes one "/Type /Page" object per page (and "/Type /Pages" once). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { year: { type: "string" }, org: { type: "string" }, out: { type: "string" }, status: { type: "string" }, fields: { type: "string" } }, 0);
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  if (!values.out) throw new UsageError("缺少 --out");
  if (!/\.pdf$/i.test(values.out)) throw new UsageError(`--out 应为 .pdf 文件：${values.out}`);
  const basis = choice("status", values.status, ["approved", "submitted"] as const, "approved");

  const loaded = loadReportData(db, year, values.org, basis);
  if (!loaded.ok) throw new RefusedError(loaded.message);
  const d = loaded.data;
  const fields = readFields(values.fields, { unitName: d.node.name, scope: defaultScope(d.node.name, d.compiles) });
  const doc = buildReportDocument({ template: d.template, year, orgCode: d.node.code, tree: d.tree, totals: d.totals, previous: d.previous, fields });

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
