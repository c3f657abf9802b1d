import type { ExpandedRule, Template } from "../templates/types";
import type { CellValues } from "../values";

/** This year's cell that starts from last year's: 上年结转 (R2.np) ← last year's 结转下年度 (R4.np). */
export type CarryPair = { cell: string; from: string; ruleKey: string };

type Linear = Extract<ExpandedRule, { kind: "linear" }>;

/** A rule of the shape "X = last year's Y" (one term each side, coefficient 1): a carry-over. */
export function isCarryRule(rule: ExpandedRule): rule is Linear {
  if (rule.kind !== "linear" || rule.op !== "=" || rule.lhs.length !== 1 || rule.rhs.length !== 1) return false;
  const [l, r] = [rule.lhs[0]!, rule.rhs[0]!];
  return l.year === "current" && r.year === "previous" && l.coef === 1n && r.coef === 1n;
}

/** The template's carry-overs, read from its rules (none in a template without such a rule). */
export function carryPairs(template: Template): CarryPair[] {
  return template.rules.filter(isCarryRule).map((r) => ({ cell: r.lhs[0]!.cell, from: r.rhs[0]!.cell, ruleKey: r.key }));
}

/** One unit of a line as last year's cycle holds it: its submission's status and values, or none. */
export type LastYearUnit = { status: string | null; values: CellValues };

/**
 * Last year's values of a unit's line: the unit itself and the units it took over (merges), those
 * that were on last year's roster. Their sum, cell by cell, when every one of them was approved;
 * null when the line had nobody last year or anyone of it was not approved (a partial sum would be
 * wrong). A cell is in the sum only when every unit reported it (blank stays "not reported").
 */
export function lineValues(units: LastYearUnit[]): CellValues | null {
  if (units.length === 0 || units.some((u) => u.status !== "approved")) return null;
  if (units.length === 1) return units[0]!.values;
  const out: CellValues = {};
  for (const code of Object.keys(units[0]!.values)) {
    if (units.every((u) => u.values[code] !== undefined)) out[code] = units.reduce((s, u) => s + u.values[code]!, 0n);
  }
  return out;
}

/**
 * A unit and the units it took over, following each recorded predecessor back (a merge records
 * one predecessor on the successor): [the unit, its predecessor, that one's predecessor, …].
 */
export function predecessorLine(orgId: number, predecessorOf: (orgId: number) => number | null | undefined): number[] {
  const line = [orgId];
  for (let p = predecessorOf(orgId); p != null && !line.includes(p); p = predecessorOf(p)) line.push(p);
  return line;
}

/**
 * What the form fills in before the unit types: each carry-over cell this year's values leave
 * blank, from last year's value it carries (computed cells excepted: the form sums them). Empty
 * without last year's values.
 */
export function carryOverPrefill(template: Template, saved: CellValues, previous: CellValues | null | undefined): CellValues {
  if (!previous) return {};
  const out: CellValues = {};
  for (const p of carryPairs(template)) {
    if (template.cell(p.cell)?.computed) continue;
    const v = previous[p.from];
    if (saved[p.cell] === undefined && v !== undefined) out[p.cell] = v;
  }
  return out;
}
