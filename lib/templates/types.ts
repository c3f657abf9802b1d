import type { FigureDef, OrgAttribute, TemplateDef } from "./schema";

/** One value cell of a compiled template. */
export type CellInfo = {
  code: string;
  tableId: string;
  rowCode: string;
  colCode: string;
  /** The row's printed label (the column's where the row has none). */
  label: string;
  /** The name used in messages, e.g. "收到申请数" or "自然人·本年新收". */
  name: string;
  unit: string;
  scale: number;
  signed: boolean;
  optional: boolean;
  note?: string;
  /** A sum the form computes from its parts (read-only as the unit types). */
  computed: boolean;
  /** Part of the official national table; false for cells added beyond it (meta `official: false`). */
  official: boolean;
};

export type HeaderCell = { text: string; colSpan: number; rowSpan: number };

export type BodyRow = {
  rowCode: string | null;
  heading: boolean;
  indent: number;
  /** Label cells that start on this row (spanning labels appear on their first row only). */
  labels: HeaderCell[];
  /** The unit column of a list table; null in grids. */
  unit: string | null;
  /** Cell codes, one per value column; null where the official table has no cell. */
  cells: (string | null)[];
};

export type TableLayout = {
  id: string;
  title?: string;
  layout: "list" | "grid";
  labelColumns: number;
  columnCodes: string[];
  rowCodes: string[];
  header: HeaderCell[][];
  body: BodyRow[];
};

export type SectionLayout = { id: string; title: string; tables: TableLayout[] };

export type ExpandedTerm = { cell: string; coef: bigint; year: "current" | "previous" };

type RuleCommon = {
  key: string;
  ruleId: string;
  severity: "hard" | "warning";
  label: string;
  /** Checked only for units whose organisation lacks this attribute (and only where it is known). */
  unlessOrg?: OrgAttribute;
};

/** A rule with its `{row}` / `{col}` placeholders expanded to concrete cells. */
export type ExpandedRule =
  | (RuleCommon & {
      kind: "linear";
      lhs: ExpandedTerm[];
      op: "=" | "<=" | ">=";
      rhs: ExpandedTerm[];
      computes: boolean;
      whenPreviousMissing: "skip" | "warning";
    })
  | (RuleCommon & { kind: "implies"; when: ExpandedTerm[]; then: ExpandedTerm[] })
  | (RuleCommon & { kind: "change"; cells: string[] });

export type Template = {
  id: string;
  name: string;
  predecessors: string[];
  def: TemplateDef;
  sections: SectionLayout[];
  /** Every value cell in template order. */
  cells: CellInfo[];
  cell(code: string): CellInfo | undefined;
  rules: ExpandedRule[];
  /** The computing rules in the order sums must be computed. */
  sums: ExpandedRule[];
  figures: FigureDef[];
};
