import type { CellInfo } from "../templates/types";

/** A place on the sheet: 1-based row and column, with the merged span (1 x 1: not merged). */
export type Rect = { row: number; col: number; rowSpan: number; colSpan: number };

export type TextRole =
  | "title"
  | "meta-label"
  | "instructions"
  | "section"
  | "table-title"
  | "header"
  | "label"
  | "heading"
  | "unit"
  | "reference-title";

/** One term of a formula: coef x the cell's value (this year's). */
export type FormulaTerm = { cell: string; coef: bigint };

/** A sum cell: its value is the sum of its parts, blank while every part is blank (as lib/rules computeSums). */
export type SumFormula = { parts: FormulaTerm[]; scale: number };

/** A hard rule the 校验 column checks; a blank cell leaves it unchecked, as lib/rules does. */
export type CheckDef =
  | { key: string; label: string; kind: "linear"; lhs: FormulaTerm[]; op: "=" | "<=" | ">="; rhs: FormulaTerm[]; scale: number }
  | { key: string; label: string; kind: "implies"; when: FormulaTerm[]; then: FormulaTerm[]; scale: number };

export type LayoutItem =
  | (Rect & { kind: "text"; role: TextRole; text: string; indent?: number; note?: string })
  /** The unit's name, code and the year: filled in by the writer, read back by the reader. */
  | (Rect & { kind: "meta"; field: MetaField })
  | (Rect & { kind: "value"; code: string; info: CellInfo; sum: SumFormula | null; note?: string })
  /** Last year's value of a cell, for reference only. */
  | (Rect & { kind: "reference"; code: string; info: CellInfo })
  /** A grid position the official table leaves empty (an omitted cell, a heading row's value). */
  | (Rect & { kind: "empty" })
  /** `under`: in the 校验 row below a value column (as wide as the values), else in the 校验 column. */
  | (Rect & { kind: "check"; checks: CheckDef[]; under?: true });

export type MetaField = "unitName" | "orgCode" | "year";

export type SheetLayout = {
  templateId: string;
  /** The sheet's title (A1): the template's name, which also identifies a sheet copied elsewhere. */
  title: string;
  /** Columns used, and their widths in characters. */
  columns: number;
  widths: number[];
  /** Everything on the sheet, in reading order; merged where rowSpan/colSpan > 1. */
  items: LayoutItem[];
  /** The last row used. */
  rows: number;
  /** Rows repeated at the top of every printed page (the title and the unit's identity). */
  printTitleRows: { first: number; last: number };
  /** A printed page ends after each of these rows (each section starts a page). */
  pageBreaksAfter: number[];
  /** Where the unit's name, code and year are (fixed for every template). */
  meta: Record<MetaField, string>;
  /** A value cell's address, e.g. "D14"; every cell of the template has exactly one. */
  addressOf(code: string): string;
  /** Where last year's value of a cell is shown. */
  referenceAddressOf(code: string): string;
};
