import { z } from "zod";

/**
 * The shape of a table template: a statistics form as data.
 *
 * A template declares tables. A table is a grid: a tree of value columns (merged headers of any
 * depth) against a list of rows whose labels form a tree too (a label may span several rows).
 * Each value cell's canonical code is `row.code` joined with the column's code path by ".",
 * leaving out empty parts, so `R3.3.1` x `np` is `R3.3.1.np` and the 2018 list's single
 * column adds nothing to `C1`.
 */

const code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.]*$/, "代码只能包含字母、数字、下划线和点");

/** Ids of tables, rules and figures (may contain "-"). */
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "标识只能包含字母、数字、下划线、点和连字符");

/** What a cell counts, how many decimals it keeps and whether it may be negative. */
export const cellMetaSchema = z.object({
  unit: z.string().min(1).optional(),
  /** Decimals kept exactly (values are stored as integers in units of 10^-scale). */
  scale: z.number().int().min(0).max(6).optional(),
  signed: z.boolean().optional(),
  optional: z.boolean().optional(),
  /** 填报说明: what the cell counts, shown wherever it is filled in. */
  note: z.string().optional(),
  /** A short name used in messages, e.g. "收到申请数". */
  short: z.string().optional(),
  /**
   * false for cells we add beyond the official national table (the 2021 信息处理费 F1–F3): they are
   * filled in and checked like the others but are not part of the official table's cell count.
   */
  official: z.boolean().optional(),
});
export type CellMeta = z.infer<typeof cellMetaSchema>;

export type ColumnNode = {
  label: string;
  /** Part of the cell code; a group without a code adds nothing to its leaves' codes. */
  code?: string;
  short?: string;
  meta?: CellMeta;
  children?: ColumnNode[];
};
export const columnNodeSchema: z.ZodType<ColumnNode> = z.lazy(() =>
  z.object({
    label: z.string(),
    code: code.optional(),
    short: z.string().optional(),
    meta: cellMetaSchema.optional(),
    children: z.array(columnNodeSchema).min(1).optional(),
  }),
);

export type RowNode = {
  label: string;
  /** Rows with a code carry values; a node with children is a spanning label cell. */
  code?: string;
  short?: string;
  meta?: CellMeta;
  /** A header row (2018 "一、主动公开情况"): printed, holds no value. */
  heading?: boolean;
  /** Printed indent level of the label in list-style tables (0 = flush). */
  indent?: number;
  children?: RowNode[];
};
export const rowNodeSchema: z.ZodType<RowNode> = z.lazy(() =>
  z.object({
    label: z.string(),
    code: code.optional(),
    short: z.string().optional(),
    meta: cellMetaSchema.optional(),
    heading: z.boolean().optional(),
    indent: z.number().int().min(0).max(6).optional(),
    children: z.array(rowNodeSchema).min(1).optional(),
  }),
);

export const tableSchema = z.object({
  id,
  /** Printed above the grid, e.g. "第二十条第（一）项"; may be empty for the 2018 list. */
  title: z.string().optional(),
  /** The text of the top-left header cell(s) over the row labels. */
  corner: z.string().optional(),
  /** List layout (2018): label column, unit column, one value column. */
  layout: z.enum(["list", "grid"]),
  /** Header of the unit column in list layout. */
  unitHeader: z.string().optional(),
  columns: z.array(columnNodeSchema).min(1),
  rows: z.array(rowNodeSchema).min(1),
  /** Defaults for every cell of the table; row, column and cell overrides win in that order. */
  defaults: cellMetaSchema.optional(),
  /** Per-cell overrides by full cell code. */
  cells: z.record(z.string(), cellMetaSchema).optional(),
  /** Cells of the grid that do not exist (left blank in the official table). */
  omit: z.array(z.string()).optional(),
});
export type TableDef = z.infer<typeof tableSchema>;

export const sectionSchema = z.object({
  id,
  title: z.string(),
  tables: z.array(tableSchema).min(1),
});
export type SectionDef = z.infer<typeof sectionSchema>;

/** One term of a linear rule: coef x cell, this year or last year. */
export const termSchema = z.object({
  cell: z.string().min(1),
  coef: z.number().int().refine((n) => n !== 0, "系数不能为 0").optional(),
  year: z.enum(["current", "previous"]).optional(),
});
export type Term = z.infer<typeof termSchema>;

/**
 * Expands a rule over the rows or the columns of a table: `{row}` / `{col}` in a term's cell
 * code is replaced by each row code / column code (leaf column code path).
 */
export const expandSchema = z.object({
  table: id,
  over: z.enum(["rows", "columns"]),
  /** Only these row / column codes; default all. */
  only: z.array(z.string()).optional(),
});

/** Attributes of a unit's organisation that rules may depend on (organisations.rule_making: 规章制定权). */
export const ORG_ATTRIBUTES = ["rule_making"] as const;
export type OrgAttribute = (typeof ORG_ATTRIBUTES)[number];

const ruleBase = {
  id,
  severity: z.enum(["hard", "warning"]),
  label: z.string().min(1),
  forEach: expandSchema.optional(),
  /**
   * The rule applies only to units whose organisation lacks this attribute (e.g. 规章 counts where
   * the unit has no 规章制定权); it is not checked where the unit's attributes are not known.
   */
  unlessOrg: z.enum(ORG_ATTRIBUTES).optional(),
};

export const linearRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal("linear"),
  lhs: z.array(termSchema).min(1),
  op: z.enum(["=", "<=", ">="]),
  /** Empty: 0 (e.g. "these cells should add up to no more than 0"). */
  rhs: z.array(termSchema),
  /** The lhs is a single cell that the form computes from the rhs (read-only as the unit types). */
  computes: z.boolean().optional(),
  /** Severity when a previous-year term has no data: skip the check, or warn when this year's side is not 0. */
  whenPreviousMissing: z.enum(["skip", "warning"]).optional(),
});

/** If the `when` sum is above 0, the `then` sum should be too (e.g. fee drops need a fee notice). */
export const impliesRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal("implies"),
  when: z.array(termSchema).min(1),
  then: z.array(termSchema).min(1),
});

/** Year-on-year movement: x > k*y or x < y/k, only where max(x, y) >= the cycle's minimum. */
export const changeRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal("change"),
  /** Cells checked; default every value cell that is not computed. */
  cells: z.array(z.string()).optional(),
});

export const ruleSchema = z.discriminatedUnion("kind", [linearRuleSchema, impliesRuleSchema, changeRuleSchema]);
export type RuleDef = z.infer<typeof ruleSchema>;
export type LinearRuleDef = z.infer<typeof linearRuleSchema>;
export type ImpliesRuleDef = z.infer<typeof impliesRuleSchema>;
export type ChangeRuleDef = z.infer<typeof changeRuleSchema>;

/** A sum of cells, this year; named for sentences. */
const cellSum = z.array(z.string().min(1)).min(1);

/** Derived figures: computed from the data, never typed in. */
export const figureSchema = z.discriminatedUnion("kind", [
  z.object({ id, kind: z.literal("value"), label: z.string(), cells: cellSum }),
  z.object({ id, kind: z.literal("share"), label: z.string(), numerator: cellSum, denominator: cellSum }),
  z.object({ id, kind: z.literal("growth"), label: z.string(), cells: cellSum }),
  z.object({
    id,
    kind: z.literal("split"),
    label: z.string(),
    cells: cellSum,
    /**
     * Ways to split the total by the node's direct children, the first in which every group has
     * a child (see lib/org-tree splitByChildGroups); labels may name the unit's words, e.g.
     * "{ownLabel}" (lib/report/wording).
     */
    groupings: z.array(z.array(z.object({ kinds: z.array(z.string()).min(1), label: z.string() })).min(2)).min(1),
  }),
  z.object({
    id,
    kind: z.literal("top"),
    label: z.string(),
    cells: cellSum,
    childKinds: z.array(z.string()).min(1),
    n: z.number().int().min(1).max(20),
  }),
]);
export type FigureDef = z.infer<typeof figureSchema>;

export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Templates whose codes mean the same, so last year's values carry over (year-on-year rules). */
  predecessors: z.array(z.string()).optional(),
  defaults: cellMetaSchema.optional(),
  sections: z.array(sectionSchema).min(1),
  rules: z.array(ruleSchema),
  figures: z.array(figureSchema),
});
export type TemplateDef = z.infer<typeof templateSchema>;
