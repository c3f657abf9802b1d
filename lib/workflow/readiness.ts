import { evaluateRules, type ChangeThreshold, type Issue, type OrgAttributes } from "../rules/evaluate";
import { missingCells } from "../rules/compute-sums";
import type { Template } from "../templates/types";
import type { CellValues } from "../values";
import { isExplained } from "./explained";

/** What stands between a submission and 待签发, as data (the form lists it, mark-ready refuses on it). */
export type Readiness = {
  /** True when nothing blocks: no missing cell, no hard issue, every warning explained. */
  ready: boolean;
  /** Required cells still blank. */
  missing: string[];
  /** Hard rules broken (each blocks). */
  hard: Issue[];
  /** Every warning, explained or not (reviewers see them with their explanations). */
  warnings: Issue[];
  /** Warnings without an explanation someone wrote (blank or the import's placeholder; each blocks). */
  unexplained: Issue[];
};

/** Explanations keyed by issue key; blank text and the import's placeholder count as none. */
export type Explanations = Readonly<Record<string, string>>;

/**
 * Computes what blocks 待签发 for one unit's values. Values are taken as stored (sums are not
 * recomputed, so an imported sum that disagrees with its parts is reported as a hard issue).
 * @param template the cycle's template
 * @param values the unit's values
 * @param explanations the unit's warning explanations by issue key
 * @param previous last year's values of the same unit, if any (year-on-year warnings)
 * @param change the cycle's year-on-year threshold (defaults apply when omitted)
 * @param org the unit's attributes (规章制定权); rules that need them are skipped without
 */
export function readiness(
  template: Template,
  values: CellValues,
  explanations: Explanations,
  previous?: CellValues | null,
  change?: ChangeThreshold,
  org?: OrgAttributes | null,
): Readiness {
  const missing = missingCells(template, values);
  const issues = evaluateRules(template, values, { previous, change, org });
  const hard = issues.filter((i) => i.severity === "hard");
  const warnings = issues.filter((i) => i.severity === "warning");
  const unexplained = warnings.filter((w) => !isExplained(explanations[w.key]));
  return { ready: missing.length === 0 && hard.length === 0 && unexplained.length === 0, missing, hard, warnings, unexplained };
}

/** The Chinese sentence naming what blocks 待签发, or null when nothing does. */
export function readinessRefusal(r: Pick<Readiness, "missing" | "hard" | "unexplained">): string | null {
  const parts: string[] = [];
  if (r.missing.length) parts.push(`有 ${r.missing.length} 个单元格未填写（${r.missing.slice(0, 5).join("、")}${r.missing.length > 5 ? "等" : ""}）`);
  if (r.hard.length) parts.push(`有 ${r.hard.length} 处未通过审核规则（${r.hard[0]!.message}${r.hard.length > 1 ? "等" : ""}）`);
  if (r.unexplained.length) parts.push(`有 ${r.unexplained.length} 条提示尚未说明原因`);
  return parts.length ? `不能标记为待签发：${parts.join("；")}` : null;
}
