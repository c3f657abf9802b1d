import { z } from "zod";
import "./zod-config";
import { ROSTER_COVERAGES } from "../report/coverage";

/** 报告范围与汇总: per cycle, what a government's report covers and whether a unit counts in its parent's sums. */
export const setRosterScopeSchema = z
  .object({
    // A route passes the year from its path (text).
    year: z.coerce.number({ error: "年度应为数字" }).int().min(2000, "年度超出范围").max(2100, "年度超出范围"),
    orgCode: z.string().trim().min(1, "请指定单位").max(32),
    coverage: z.enum(ROSTER_COVERAGES, { error: "报告范围只能是全域、本级或全域和本级两份报告" }).optional(),
    inSums: z.boolean({ error: "请选择是否计入上级汇总" }).optional(),
  })
  .strict()
  .refine((v) => v.coverage !== undefined || v.inSums !== undefined, { message: "请指定报告范围或是否计入上级汇总", path: ["coverage"] });
export type SetRosterScopeInput = z.input<typeof setRosterScopeSchema>;

export const COVERAGE_LABELS = { area: "全域（含全部下级单位）", own: "本级（本级政府及其部门）", both: "全域和本级（两份报告）" } as const;
