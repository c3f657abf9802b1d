import type { Template } from "../templates/types";
import { computeSums, evaluateRules, type ChangeThreshold, type Issue, type OrgAttributes } from "../rules";
import { parseCellInput, type CellValues } from "../values";
import { formatForForm } from "./format";

export type FormCheck = {
  /** Cell code → why its text does not parse (such cells count as blank for the rules). */
  parseErrors: Record<string, string>;
  /** The parsed values with the sums filled in. */
  values: CellValues;
  /** Computed cell code → its value as displayed (with thousands separators); absent while its parts are blank. */
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
  const values = computeSums(template, typed);
  const sums: Record<string, string> = {};
  for (const cell of template.cells) {
    const v = values[cell.code];
    if (cell.computed && v !== undefined) sums[cell.code] = formatForForm(v, cell.scale);
  }
  const issues = evaluateRules(template, values, ctx);
  const hard = issues.filter((i) => i.severity === "hard");
  const warnings = issues.filter((i) => i.severity === "warning");
  const byCell: Record<string, Issue[]> = {};
  for (const issue of [...hard, ...warnings]) {
    for (const code of new Set(issue.cells)) (byCell[code] ??= []).push(issue);
  }
  return { parseErrors, values, sums, hard, warnings, byCell };
}
