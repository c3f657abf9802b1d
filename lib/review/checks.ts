import type { ChangeThreshold, OrgAttributes } from "../rules/evaluate";
import { evaluateRules } from "../rules/evaluate";
import type { ExpandedRule, Template } from "../templates/types";
import type { CellValues } from "../values";
import { readiness, type Explanations } from "../workflow/readiness";

/** A submission's warnings as the reviewer's list counts them. */
export type WarningCount = { count: number; explained: number };

/**
 * The warning-level rule instances firing on a unit's values now (year-on-year ones need last
 * year's values), and how many of them carry a non-blank explanation.
 */
export function countWarnings(
  template: Template,
  values: CellValues,
  explanations: Explanations,
  previous?: CellValues | null,
  change?: ChangeThreshold,
  org?: OrgAttributes | null,
): WarningCount {
  const r = readiness(template, values, explanations, previous, change, org);
  return { count: r.warnings.length, explained: r.warnings.length - r.unexplained.length };
}

/** 结转 continuity of a unit between last year and this year. */
export type Continuity =
  | { state: "no-previous" }
  | { state: "continuous"; checked: number }
  | { state: "broken"; checked: number; broken: string[] };

export const CONTINUITY_LABELS: Record<Continuity["state"], string> = { "no-previous": "无上年数据", continuous: "连续", broken: "不连续" };

/** The template's linear rules with a previous-year term: the carry rules (2021: 上年结转 = 上年结转下年度; 现行有效件数). */
export function carryRules(template: Template): Extract<ExpandedRule, { kind: "linear" }>[] {
  return template.rules.filter(
    (r): r is Extract<ExpandedRule, { kind: "linear" }> => r.kind === "linear" && [...r.lhs, ...r.rhs].some((t) => t.year === "previous"),
  );
}

/**
 * Whether last year's data exists (`previous`: the unit's approved values of last year, given only
 * when last year's template is this one or a predecessor) and whether the cross-year carry rules
 * hold on it. A template without carry rules is continuous as soon as last year's data exists.
 * A carry rule that cannot be checked because last year left the cell blank counts as broken.
 */
export function continuity(template: Template, values: CellValues, previous: CellValues | null | undefined): Continuity {
  if (!previous) return { state: "no-previous" };
  const rules = carryRules(template);
  const keys = new Set(rules.map((r) => r.key));
  const broken = evaluateRules(template, values, { previous }).filter((i) => keys.has(i.key));
  if (broken.length === 0) return { state: "continuous", checked: rules.length };
  return { state: "broken", checked: rules.length, broken: broken.map((i) => i.message) };
}
