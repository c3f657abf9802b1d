import { z } from "zod";
import { REPORT_LEVELS } from "../wording";

/**
 * A report outline: for one table template, the report's parts and headings, where the
 * office writes its own prose, the standard sentences (placeholder templates bound to figure
 * ids, see ../placeholders/parse.ts), where the statistics tables go, and the charts.
 */

const id = z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "标识只能包含字母、数字、下划线和连字符");

/**
 * When a sentence variant applies: the value at `path` is zero / positive / negative / non-zero;
 * or the report is (not) a compiled one (the unit has children) and/or of one of these levels
 * (lib/report/wording). A list of conditions must all hold.
 */
const valueCondition = z.object({ path: z.string().min(1), is: z.enum(["zero", "positive", "negative", "nonzero"]) });
const reportCondition = z
  .object({ compiled: z.boolean().optional(), level: z.array(z.enum(REPORT_LEVELS)).min(1).optional() })
  .strict()
  .refine((c) => c.compiled !== undefined || c.level !== undefined, "条件须指明 compiled 或 level");
export const conditionSchema = z.union([valueCondition, reportCondition]);
const whenSchema = z.union([conditionSchema, z.array(conditionSchema).min(1)]);

/**
 * One sentence: a template, or variants of which the first that applies and has every value
 * stated is printed. A sentence with a value not stated (a share of 0) is left out.
 */
export const sentenceSchema = z.union([
  z.string().min(1),
  z.object({ variants: z.array(z.object({ when: whenSchema.optional(), text: z.string().min(1) })).min(1) }),
]);

/** Cells of an outline figure: cell codes, or the cells of a template figure's part. */
const cellRefSchema = z.union([
  z.string().min(1),
  z.object({ figure: id, part: z.enum(["cells", "numerator", "denominator"]) }),
]);
const cellRefs = z.array(cellRefSchema).min(1);

const namedFigure = z.object({ figure: id, name: z.string().min(1) });

/** Figures a report needs beyond the template's own: data, evaluated like template figures. */
export const outlineFigureSchema = z.discriminatedUnion("kind", [
  z.object({ id, kind: z.literal("value"), label: z.string(), cells: cellRefs }),
  z.object({ id, kind: z.literal("share"), label: z.string(), numerator: cellRefs, denominator: cellRefs }),
  z.object({ id, kind: z.literal("growth"), label: z.string(), cells: cellRefs }),
  /** Share or value figures in the given order ({#id.items|nonzero} leaves out those of 0). */
  z.object({ id, kind: z.literal("list"), label: z.string(), items: z.array(namedFigure).min(1) }),
  /** Share or value figures ordered by their amount (largest first, ties in the given order), first n. */
  z.object({ id, kind: z.literal("rank"), label: z.string(), items: z.array(namedFigure).min(1), n: z.number().int().min(1) }),
]);

export const blockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sentences"), sentences: z.array(sentenceSchema).min(1) }),
  /** The office's own prose (paragraphs it writes); `prompt` says what belongs here. */
  z.object({
    kind: z.literal("prose"),
    id,
    prompt: z.string().min(1),
    /**
     * Last year's prose blocks (by id, either template's outline) this block starts from while
     * this year's narrative has not written it: part 五's 改进措施 carries over.
     */
    carryFrom: z.array(id).min(1).optional(),
    /** The format says this must be written: 签发 and publication are refused until it is (no “无此项”). */
    required: z.literal(true).optional(),
    /** What the report says while the office has written nothing here (e.g. 无其他需要报告的事项。), instead of leaving it out. */
    whenUnwritten: z.string().min(1).optional(),
  }),
  /** The statistics tables of these template sections, printed here. */
  z.object({ kind: z.literal("tables"), sections: z.array(id).min(1) }),
]);

export type PartDef = {
  id: string;
  /** The printed heading with its numbering, e.g. "一、概述" or "（一）申请情况". */
  heading: string;
  /** Short name for the preface's list of parts, e.g. "概述". */
  name?: string;
  /** The office may reword this heading (its sub-sections of 概述). */
  editableHeading?: boolean;
  blocks?: z.input<typeof blockSchema>[];
  parts?: PartDef[];
};
export const partSchema: z.ZodType<PartDef, PartDef> = z.lazy(() =>
  z.object({
    id,
    heading: z.string().min(1),
    name: z.string().min(1).optional(),
    editableHeading: z.boolean().optional(),
    blocks: z.array(blockSchema).optional(),
    parts: z.array(partSchema).optional(),
  }),
);

export const chartSchema = z.discriminatedUnion("kind", [
  /** A pie of a split figure's parts with whole-percent labels. */
  z.object({ kind: z.literal("pie"), id, title: z.string().min(1), figure: id }),
  /** Bars of value or share figures (the share's numerator is the bar). */
  z.object({ kind: z.literal("bar"), id, title: z.string().min(1), unit: z.string().min(1), items: z.array(namedFigure).min(1) }),
]);

export const outlineSchema = z.object({
  templateId: z.string().min(1),
  /**
   * Title templates, printed as one line when it fits, otherwise broken only between these
   * segments, e.g. ["{unitName}{year}年", "政府信息公开工作年度报告"].
   */
  title: z.array(z.string().min(1)).min(1),
  preface: z.array(sentenceSchema),
  parts: z.array(partSchema).min(1),
  /** 附表: template sections printed after the text (those not printed inline). */
  appendixTables: z.object({ heading: z.string().min(1), title: z.string().min(1), sections: z.array(id).min(1) }).optional(),
  /** 附图. */
  appendixCharts: z.object({ heading: z.string().min(1), charts: z.array(chartSchema).min(1) }).optional(),
  figures: z.array(outlineFigureSchema),
});

export type ReportOutline = z.input<typeof outlineSchema>;
export type SentenceDef = z.infer<typeof sentenceSchema>;
export type ConditionDef = z.infer<typeof conditionSchema>;
export type WhenDef = z.infer<typeof whenSchema>;
export type BlockDef = z.infer<typeof blockSchema>;
export type OutlineFigureDef = z.infer<typeof outlineFigureSchema>;
export type ChartDef = z.infer<typeof chartSchema>;
