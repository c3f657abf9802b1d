import { z } from "zod";
import "./zod-config";
import { reportCoverageField } from "./report-coverage";

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过 ${max} 个字符`);

/**
 * The preface fields an office saves for its report (lib/report/fields.ts names them). Every
 * field is optional here: a blank one falls back to the default (unit name, scope) or leaves its
 * sentence out of the report.
 */
export const reportPrefaceSchema = z.object({
  unitName: text(60, "单位名称"),
  scope: text(20, "范围称谓"),
  compiler: text(100, "编制单位"),
  sources: text(200, "数据来源"),
  downloadSite: text(100, "下载网站"),
  downloadUrl: z
    .string()
    .trim()
    .max(300, "下载网址不能超过 300 个字符")
    .refine((v) => v === "" || /^(https?:\/\/)?[^\s/$.?#][^\s]*$/i.test(v), "下载网址格式不正确")
    // A scheme, when written, must be http(s): javascript:, data: and the like become links in the report.
    .refine((v) => !/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(v) || /^https?:\/\//i.test(v), "下载网址只能是 http:// 或 https:// 开头的网址"),
  contactOffice: text(100, "联系单位"),
  phone: z
    .string()
    .trim()
    .max(40, "电话不能超过 40 个字符")
    .refine((v) => v === "" || /^[0-9０-９+\-－()（）\s、,，转]+$/.test(v), "电话只能包含数字、空格、括号、+、- 和“转”"),
  email: z
    .string()
    .trim()
    .max(100, "电子邮箱不能超过 100 个字符")
    .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "电子邮箱格式不正确"),
});

export type ReportPreface = z.infer<typeof reportPrefaceSchema>;

export const REPORT_PREFACE_KEYS = Object.keys(reportPrefaceSchema.shape) as (keyof ReportPreface)[];

export const EMPTY_REPORT_PREFACE: ReportPreface = Object.fromEntries(REPORT_PREFACE_KEYS.map((k) => [k, ""])) as ReportPreface;

/** What the save command takes: the unit and year from the URL plus the fields. */
export const saveReportPrefaceSchema = reportPrefaceSchema.extend({
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().trim().min(1).max(40),
  coverage: reportCoverageField,
});

export type SaveReportPrefaceInput = z.input<typeof saveReportPrefaceSchema>;
