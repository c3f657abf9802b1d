import { z } from "zod";
import "./zod-config";
import { reportCoverageField } from "./report-coverage";

/** The report a 预审 command acts on (from the route: /api/reports/{year}/{orgCode}/prereview/…). */
const unit = {
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().trim().min(1).max(40),
  coverage: reportCoverageField,
};

/** The draft version the actor saw: a report is sent, cleared or returned as it was read. */
const draftVersion = z.number({ error: "缺少草稿版本号" }).int().min(0);

const note = z.string().trim().max(1000, "意见不能超过 1000 个字").optional();

/** POST …/prereview/send: the unit sends its report to the office above (an optional note). */
export const prereviewSendSchema = z.object({ ...unit, draftVersion, note });
export type PrereviewSendInput = z.input<typeof prereviewSendSchema>;

/** POST …/prereview/clear: the office's reviewer clears the report as it is (预审通过). */
export const prereviewClearSchema = z.object({ ...unit, draftVersion, note });
export type PrereviewClearInput = z.input<typeof prereviewClearSchema>;

/** A comment on one paragraph: the prose block's id and the paragraph's index in it (第 paragraph + 1 段). */
export const paragraphCommentSchema = z.object({
  blockId: z.string().trim().min(1).max(80),
  paragraph: z.number().int().min(0).max(600),
  text: z.string().trim().min(1, "请填写段落意见").max(1000, "段落意见不能超过 1000 个字"),
});

/** POST …/prereview/return: back to the unit with comments on paragraphs and/or an overall note (at least one). */
export const prereviewReturnSchema = z
  .object({ ...unit, draftVersion, note, comments: z.array(paragraphCommentSchema).max(100, "段落意见不能超过 100 条").default([]) })
  .refine((v) => (v.note ?? "") !== "" || v.comments.length > 0, { message: "退回修改须填写意见（总体意见或段落意见）", path: ["note"] });
export type PrereviewReturnInput = z.input<typeof prereviewReturnSchema>;

/** The cycle's 预审 setting (cycle.manage): on or off. */
export const cyclePrereviewSchema = z.object({ year: unit.year, enabled: z.boolean({ error: "请选择是否开启报告预审" }) });
export type CyclePrereviewInput = z.input<typeof cyclePrereviewSchema>;
