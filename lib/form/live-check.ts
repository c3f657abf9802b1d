import type { Template } from "../templates/types";
import { computeSums, evaluateRules, type ChangeThreshold, type Issue, type OrgAttributes } from "../rules";
import { parseCellInput, type CellValues } from "../values";
import { formatForForm } from "./format";

export type FormCheck = {
  /** Cell code → why its text does not parse. */
  parseErrors: Record<string, string>;
  /** The parsed values with the sums filled in; a cell that does not parse and every sum built on it are absent. */
  values: CellValues;
  /** Cells whose value is unknown: those that do not parse and the sums built on them (directly or through other sums). */
  unknown: Set<string>;
  /**
   * Computed cell code → its value as displayed (with thousands separators); "—" while one of
   * its parts does not parse; absent while its parts are blank.
   */
  sums: Record<string, string>;
  /** Hard errors (block submission); messages name the cells and the difference. */
  hard: Issue[];
  /** Warnings; each needs an explanation keyed by `issue.key`. */
  warnings: Issue[];
  /** Cell code → the issues that involve it, hard ones first. */
  byCell: Record<string, Issue[]>;
};

export type CheckContext = { previous?: CellValues | null; change?: ChangeThreshold; org?: OrgAttributes | null };

/**
 * Everything the form shows as a person types: parse errors per cell, the live sums, and the
 * template's rules over the result. `texts` is cell code → text; texts for computed cells are
 * ignored (the form computes them).
 */
export function checkForm(template: Template, texts: Record<string, string>, ctx: CheckContext = {}): FormCheck {
  const parseErrors: Record<string, string> = {};
  const typed: CellValues = {};
  for (const cell of template.cells) {
    if (cell.computed) continue;
    const r = parseCellInput(texts[cell.code] ?? "", cell);
    if (!r.ok) parseErrors[cell.code] = r.message;
    else if (r.value !== null) typed[cell.code] = r.value;
  }
  const unknown = unknownCells(template, Object.keys(parseErrors));
  // A sum over a cell that does not parse is unknown, not the sum of the others: it and every
  // rule over it wait until the cell is fixed (no "收到申请数为136" counting the bad cell as 0).
  const values = computeSums(template, typed);
  for (const code of unknown) delete values[code];
  const sums: Record<string, string> = {};
  for (const cell of template.cells) {
    const v = values[cell.code];
    if (cell.computed && unknown.has(cell.code)) sums[cell.code] = UNKNOWN_SUM;
    else if (cell.computed && v !== undefined) sums[cell.code] = formatForForm(v, cell.scale);
  }
  const issues = evaluateRules(template, values, ctx).filter((i) => !i.cells.some((c) => unknown.has(c)));
  const hard = issues.filter((i) => i.severity === "hard");
  const warnings = issues.filter((i) => i.severity === "warning");
  const byCell: Record<string, Issue[]> = {};
  for (const issue of [...hard, ...warnings]) {
    for (const code of new Set(issue.cells)) (byCell[code] ??= []).push(issue);
  }
  return { parseErrors, values, unknown, sums, hard, warnings, byCell };
}

/** What a sum shows while one of its parts does not parse. */
export const UNKNOWN_SUM = "—";

/** The cells that do not parse and every sum that depends on one of them (template.sums is in computing order). */
export function unknownCells(template: Template, invalid: string[]): Set<string> {
  const out = new Set(invalid);
  for (const rule of template.sums) {
    if (rule.kind !== "linear") continue;
    if (rule.rhs.some((t) => out.has(t.cell))) out.add(rule.lhs[0]!.cell);
  }
  return out;
}
