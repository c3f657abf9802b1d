import { z } from "zod";
import "../validation/zod-config";

/** The unit a workflow command acts on (from the route: /api/stats/{year}/{orgCode}/…). */
const unit = {
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().min(1).max(32),
  /** The version the actor last saw; a different stored version answers 409. */
  version: z.number({ error: "缺少数据版本号" }).int().min(0),
};

const text = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);

/** POST …/ready, …/signoff, …/approve: only the version. */
export const versionOnlySchema = z.object(unit);
export type VersionOnlyInput = z.infer<typeof versionOnlySchema>;

/**
 * POST …/signoff: the version, and for the console only (`workflow:step --signer`, which has no
 * account) the signer's name; a signed-in signer is always recorded by their own name.
 */
export const signOffSchema = z.object({ ...unit, signerName: z.string().trim().max(50, "签发人姓名不能超过 50 个字").optional() });
export type SignOffInput = z.infer<typeof signOffSchema>;

/** POST …/return: at least one comment, each on a cell or (cell omitted) the whole submission. */
export const returnSchema = z.object({
  ...unit,
  comments: z
    .array(z.object({ cell: z.string().min(1).max(40).optional(), text: text("退回意见", 2000) }))
    .min(1, "退回时须填写退回意见")
    .max(200),
});
export type ReturnInput = z.infer<typeof returnSchema>;

/** POST …/correction: the reason for asking to correct approved data. */
export const correctionSchema = z.object({ ...unit, reason: text("更正理由", 2000) });
export type CorrectionInput = z.infer<typeof correctionSchema>;

/** POST …/reopen: back to 已退回 (default) or 草稿. */
export const reopenSchema = z.object({ ...unit, to: z.enum(["returned", "draft"], { error: "只能重新打开为已退回或草稿" }).optional() });
export type ReopenInput = z.infer<typeof reopenSchema>;

/** PUT …/explanations: the unit's explanations by issue key (replaces them all). */
/** The most explanations one save may carry (the 2021 template has 180 explainable warnings). */
export const MAX_EXPLANATIONS = 500;

export const explanationsSchema = z.object({
  ...unit,
  explanations: z
    .record(z.string().min(1).max(120), z.string().max(2000, "说明不能超过 2000 个字"))
    // More than any template has warnings: a body of invented keys stops here.
    .refine((e) => Object.keys(e).length <= MAX_EXPLANATIONS, `提示说明不能超过 ${MAX_EXPLANATIONS} 条`),
});
export type ExplanationsInput = z.infer<typeof explanationsSchema>;
