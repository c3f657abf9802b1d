import { z } from "zod";
import "./zod-config";
import { isIsoDay } from "../time/clock";
import { DEADLINE_KINDS, DEADLINE_PURPOSES, type DeadlineKind } from "./cycle-deadlines";
import { parseWarningFactor, WARNING_FACTOR_MAX, WARNING_FACTOR_MAX_DECIMALS } from "./warning-factor";

/** The cycle forms (create, edit settings) and their commands. */
export const CYCLE_YEAR_MIN = 2008;
export const CYCLE_YEAR_MAX = 2100;
export const WARNING_MINIMUM_MAX = 1_000_000_000;

const day = z
  .string({ error: "请选择日期" })
  .trim()
  .refine(isIsoDay, "日期应为有效的日期（如 2025-01-31）");

const purposeDays = z.object({ submit: day, publish: day });

const deadlinesSchema = z.object({ department: purposeDays, league_city: purposeDays, county: purposeDays });

const factorMessage = `预警倍数须为大于 1、不超过 ${WARNING_FACTOR_MAX} 的数，最多 ${WARNING_FACTOR_MAX_DECIMALS} 位小数（如 3 或 2.5）`;

const year = z.coerce
  .number({ error: "请输入年度" })
  .int("年度须为整数")
  .min(CYCLE_YEAR_MIN, `年度不能早于 ${CYCLE_YEAR_MIN}`)
  .max(CYCLE_YEAR_MAX, `年度不能晚于 ${CYCLE_YEAR_MAX}`);

const settings = {
  year,
  /** The factor k as typed, e.g. "2.5". */
  warningFactor: z
    .union([z.string(), z.number()], { error: factorMessage })
    .transform(String)
    .refine((v) => {
      const f = parseWarningFactor(v);
      return f !== null && f.num > f.den && f.num <= WARNING_FACTOR_MAX * f.den;
    }, factorMessage),
  warningMinimum: z
    .number({ error: "请输入预警起算值" })
    .int("预警起算值须为整数")
    .min(0, "预警起算值不能为负数")
    .max(WARNING_MINIMUM_MAX, `预警起算值不能超过 ${WARNING_MINIMUM_MAX}`),
  deadlines: deadlinesSchema,
};

type SomeDeadlines = Partial<Record<DeadlineKind, Partial<Record<(typeof DEADLINE_PURPOSES)[number], string>>>>;

/** Deadlines lie after the reporting year (the reports are on a whole year). */
function deadlinesAfterYear(v: { year: number; deadlines?: SomeDeadlines }, ctx: z.RefinementCtx): void {
  const first = `${v.year + 1}-01-01`;
  for (const kind of DEADLINE_KINDS as readonly DeadlineKind[]) {
    for (const purpose of DEADLINE_PURPOSES) {
      const day = v.deadlines?.[kind]?.[purpose];
      if (day !== undefined && day < first) {
        ctx.addIssue({ code: "custom", path: ["deadlines", kind, purpose], message: `期限须在 ${first} 或之后（${v.year} 年度结束之后）` });
      }
    }
  }
}

/** A new cycle. The template is checked against the installed templates by the server. */
export const createCycleSchema = z
  .object({ ...settings, templateId: z.string({ error: "请选择统计表模板" }).trim().min(1, "请选择统计表模板") })
  .superRefine(deadlinesAfterYear);

export const CYCLE_LABEL_MAX = 60;

/**
 * What the create command takes: the form's input (every field), or less, as the console
 * (`cycle:create`) gives it: the warning settings left to their defaults (k = 3, minimum 100),
 * only some deadlines (the others unset), and optionally a label the pages show instead of
 * "<year>年度" (e.g. the demo cycle). The same rules hold for what is given.
 */
export const createCycleCommandSchema = z
  .object({
    year,
    templateId: z.string({ error: "请选择统计表模板" }).trim().min(1, "请选择统计表模板"),
    warningFactor: settings.warningFactor.optional(),
    warningMinimum: settings.warningMinimum.optional(),
    deadlines: z.object({ department: purposeDays.partial(), league_city: purposeDays.partial(), county: purposeDays.partial() }).partial().optional(),
    /** 预审 of the units' report texts by the office above (decision 022); left out: on. */
    prereview: z.boolean({ error: "请选择是否开启报告预审" }).optional(),
    label: z
      .string()
      .trim()
      .max(CYCLE_LABEL_MAX, `周期名称不能超过 ${CYCLE_LABEL_MAX} 个字`)
      .optional()
      .transform((v) => v || undefined),
  })
  .superRefine(deadlinesAfterYear);

/** New settings of an existing cycle (the year names it); 预审 left out stays as it is. */
export const updateCycleSchema = z.object({ ...settings, prereview: z.boolean({ error: "请选择是否开启报告预审" }).optional() }).superRefine(deadlinesAfterYear);

export type CreateCycleInput = z.input<typeof createCycleSchema>;
export type UpdateCycleInput = z.input<typeof updateCycleSchema>;
export type CreateCycleCommandInput = z.input<typeof createCycleCommandSchema>;
