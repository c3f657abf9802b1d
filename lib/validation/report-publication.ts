import { z } from "zod";
import "./zod-config";
import { isIsoDay } from "../time";
import { reportCoverageField } from "./report-coverage";

/** The report a publication command acts on (from the route: /api/reports/{year}/{orgCode}/…). */
const unit = {
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().trim().min(1).max(40),
  coverage: reportCoverageField,
};

/** The draft version the actor saw: a 签发 or a publication is of exactly that text. */
const draftVersion = z.number({ error: "缺少草稿版本号" }).int().min(0);

const day = (what: string) => z.string({ error: `请填写${what}` }).trim().refine(isIsoDay, `${what}格式应为年-月-日，如 2025-01-31`);

const text = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);

const optionalText = (what: string, max: number) => z.string().trim().max(max, `${what}不能超过 ${max} 个字`).optional();

/** POST …/signoff: 负责人签发 the current draft (an optional note). */
export const reportSignoffSchema = z.object({ ...unit, draftVersion, note: optionalText("签发意见", 500) });
export type ReportSignoffInput = z.input<typeof reportSignoffSchema>;

/** POST …/secrecy: the 保密审查 confirmation, with the reviewer's note (审查意见). */
export const reportSecrecySchema = z.object({ ...unit, draftVersion, note: text("保密审查意见", 500) });
export type ReportSecrecyInput = z.input<typeof reportSecrecySchema>;

/** What the platform asks of a document; blank 发布机构 / 成文日期 fall back to the unit and today. */
const publicationFields = {
  indexNo: optionalText("索引号", 60),
  publisher: optionalText("发布机构", 100),
  writtenDate: z.union([day("成文日期"), z.literal("").transform(() => undefined)]).optional(),
};

/** POST …/publish: the first publication of the report. */
export const reportPublishSchema = z.object({ ...unit, draftVersion, ...publicationFields });
export type ReportPublishInput = z.input<typeof reportPublishSchema>;

/** POST …/correct: a new version with its dated 更正说明. */
export const reportCorrectSchema = z.object({
  ...unit,
  draftVersion,
  ...publicationFields,
  correctionNote: text("更正说明", 1000),
  correctionDate: day("更正日期"),
});
export type ReportCorrectInput = z.input<typeof reportCorrectSchema>;

/** An http(s) address, as typed after posting on the 政府信息公开 platform. */
export const officialUrlSchema = z
  .string({ error: "请填写正式发布网址" })
  .trim()
  .min(1, "请填写正式发布网址")
  .max(500, "网址不能超过 500 个字符")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".") && !/\s/.test(v);
    } catch {
      return false;
    }
  }, "网址须以 http:// 或 https:// 开头，且为有效地址");

/** POST …/publications/{version}/official: where and when the version was posted officially. */
export const reportOfficialSchema = z.object({
  ...unit,
  version: z.coerce.number().int().min(1),
  officialUrl: officialUrlSchema,
  officialDate: day("正式发布日期"),
});
export type ReportOfficialInput = z.input<typeof reportOfficialSchema>;
