import type { ExpandedRule, ExpandedTerm, Template } from "../templates/types";
import type { OrgAttribute } from "../templates/schema";
import type { CellValues } from "../values";
import { formatScaled, pow10 } from "../values";
import { describeTerms } from "./describe";
import { isCarryRule } from "./carry-over";

export type Severity = "hard" | "warning";

/** One finding of the rules: hard ones block submission, warnings need an explanation. */
export type Issue = {
  /** Stable id of the rule instance, e.g. "C1-sum" or "balance[np]" or "change[A1]": explanations are keyed by it. */
  key: string;
  ruleId: string;
  severity: Severity;
  label: string;
  /** The cells involved (this year's). */
  cells: string[];
  message: string;
};

/** The cycle's year-on-year check: x > k·y or x < y/k, only where max(x, y) ≥ minimum. */
export type ChangeThreshold = { factorNum: bigint; factorDen: bigint; minimum: bigint };

export const DEFAULT_CHANGE: ChangeThreshold = { factorNum: 3n, factorDen: 1n, minimum: 100n };

/** The unit's organisation attributes (organisations.rule_making …), as rules with `unlessOrg` read them. */
export type OrgAttributes = Readonly<Record<OrgAttribute, boolean>>;

export type EvaluateContext = {
  /** Last year's values of the same unit, when last year used this template or a predecessor. */
  previous?: CellValues | null;
  change?: ChangeThreshold;
  /** The unit's attributes; rules that depend on them (`unlessOrg`) are skipped when not given. */
  org?: OrgAttributes | null;
};

type Sum = { value: bigint; scale: number } | "blank" | "no-previous";

function sumTerms(t: Template, terms: ExpandedTerm[], current: CellValues, previous: CellValues | null | undefined): Sum {
  if (terms.length === 0) return { value: 0n, scale: 0 };
  const scale = Math.max(...terms.map((x) => t.cell(x.cell)?.scale ?? 0));
  let total = 0n;
  for (const term of terms) {
    const source = term.year === "previous" ? previous : current;
    if (term.year === "previous" && !source) return "no-previous";
    const v = source?.[term.cell];
    if (v === undefined) return term.year === "previous" ? "no-previous" : "blank";
    total += term.coef * v * pow10(scale - (t.cell(term.cell)?.scale ?? 0));
  }
  return { value: total, scale };
}

function fmt(v: bigint, scale: number): string {
  return formatScaled(v, scale);
}

function currentCells(terms: ExpandedTerm[]): string[] {
  return terms.filter((x) => x.year === "current").map((x) => x.cell);
}

function evaluateLinear(t: Template, rule: Extract<ExpandedRule, { kind: "linear" }>, values: CellValues, ctx: EvaluateContext): Issue | null {
  const l = sumTerms(t, rule.lhs, values, ctx.previous);
  const r = sumTerms(t, rule.rhs, values, ctx.previous);
  if (l === "blank" || r === "blank") return null;
  const cells = [...currentCells(rule.lhs), ...currentCells(rule.rhs)];
  const base = { key: rule.key, ruleId: rule.ruleId, label: rule.label, cells };
  if (l === "no-previous" || r === "no-previous") {
    if (rule.whenPreviousMissing !== "warning") return null;
    const known = l === "no-previous" ? r : l;
    const side = l === "no-previous" ? rule.rhs : rule.lhs;
    if (known === "no-previous" || known.value === 0n) return null;
    return {
      ...base,
      severity: "warning",
      message: `${describeTerms(t, side)}为${fmt(known.value, known.scale)}，但系统中没有上年数据，无法核对“${rule.label}”，请说明。`,
    };
  }
  const scale = Math.max(l.scale, r.scale);
  const a = l.value * pow10(scale - l.scale);
  const b = r.value * pow10(scale - r.scale);
  const L = describeTerms(t, rule.lhs);
  const R = describeTerms(t, rule.rhs);
  const broken = (rule.op === "=" && a !== b) || (rule.op === "<=" && a > b) || (rule.op === ">=" && a < b);
  if (!broken) return null;
  const d = a > b ? a - b : b - a;
  // A carry-over that does not carry is not an error in itself (机构改革, last year's mistake): say what to explain.
  if (rule.severity === "warning" && isCarryRule(rule)) {
    return { ...base, severity: "warning", message: `${L}为${fmt(a, scale)}，${R}为${fmt(b, scale)}，相差${fmt(d, scale)}。如因机构改革、上年数据有误等原因不一致，请说明。` };
  }
  // No right-hand side: the cells should come to 0 (the label says why).
  if (rule.rhs.length === 0) {
    const named = rule.lhs.filter((x) => x.year === "current" && values[x.cell] !== 0n).map((x) => `${describeTerms(t, [x])}为${fmt(values[x.cell]!, t.cell(x.cell)?.scale ?? 0)}`);
    return { ...base, severity: rule.severity, message: `${rule.label}，但${named.join("、")}，请核实或说明。` };
  }
  const verb = rule.op === "=" ? "相差" : rule.op === "<=" ? "超出" : "少";
  return { ...base, severity: rule.severity, message: `${L}为${fmt(a, scale)}，但${R}为${fmt(b, scale)}，${verb}${fmt(d, scale)}。` };
}

function evaluateImplies(t: Template, rule: Extract<ExpandedRule, { kind: "implies" }>, values: CellValues, ctx: EvaluateContext): Issue | null {
  const w = sumTerms(t, rule.when, values, ctx.previous);
  if (typeof w === "string" || w.value <= 0n) return null;
  // A missing previous-year term counts as 0: nothing known there to justify the cases.
  const thenTerms = rule.then.filter((x) => x.year === "current" || (ctx.previous && ctx.previous[x.cell] !== undefined));
  const th = thenTerms.length ? sumTerms(t, thenTerms, values, ctx.previous) : { value: 0n, scale: 0 };
  if (typeof th === "string" || th.value > 0n) return null;
  return {
    key: rule.key,
    ruleId: rule.ruleId,
    label: rule.label,
    severity: rule.severity,
    cells: [...currentCells(rule.when), ...currentCells(rule.then)],
    message: `${rule.label}：${describeTerms(t, rule.when)}为${fmt(w.value, w.scale)}，但${describeTerms(t, rule.then)}为0。`,
  };
}

function evaluateChange(t: Template, rule: Extract<ExpandedRule, { kind: "change" }>, values: CellValues, ctx: EvaluateContext): Issue[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const { factorNum: kn, factorDen: kd, minimum } = ctx.change ?? DEFAULT_CHANGE;
  const cells = rule.cells.length ? rule.cells.map((c) => t.cell(c)!) : t.cells.filter((c) => !c.computed);
  const out: Issue[] = [];
  for (const cell of cells) {
    const x = values[cell.code];
    const y = prev[cell.code];
    if (x === undefined || y === undefined) continue;
    const max = x > y ? x : y;
    if (max < minimum * pow10(cell.scale)) continue;
    // x > (kn/kd)·y  or  x < y / (kn/kd), in integers.
    const up = x * kd > kn * y;
    const down = x * kn < y * kd;
    if (!up && !down) continue;
    const k = kd === 1n ? kn.toString() : formatScaled((kn * 100n) / kd, 2);
    out.push({
      key: `${rule.ruleId}[${cell.code}]`,
      ruleId: rule.ruleId,
      label: rule.label,
      severity: rule.severity,
      cells: [cell.code],
      message: `${cell.name}（${cell.code}）为${fmt(x, cell.scale)}，上年为${fmt(y, cell.scale)}，${up ? `超过上年的${k}倍` : `不足上年的1/${k}`}，请核实或说明。`,
    });
  }
  return out;
}

/** A rule with `unlessOrg` applies only where the unit's attributes are known and lack it. */
function appliesTo(rule: ExpandedRule, org: OrgAttributes | null | undefined): boolean {
  return !rule.unlessOrg || (!!org && !org[rule.unlessOrg]);
}

/** Every rule of the template against one unit's values; blank cells leave their rules unchecked. */
export function evaluateRules(template: Template, values: CellValues, ctx: EvaluateContext = {}): Issue[] {
  const issues: Issue[] = [];
  for (const rule of template.rules) {
    if (!appliesTo(rule, ctx.org)) continue;
    if (rule.kind === "linear") {
      const i = evaluateLinear(template, rule, values, ctx);
      if (i) issues.push(i);
    } else if (rule.kind === "implies") {
      const i = evaluateImplies(template, rule, values, ctx);
      if (i) issues.push(i);
    } else {
      issues.push(...evaluateChange(template, rule, values, ctx));
    }
  }
  return issues;
}

/**
 * Every key a warning of this template can carry: what a unit may explain. A linear rule warns
 * when it is a warning or when last year's figure it needs is missing; an implication when it is
 * a warning; a change rule once per cell it watches.
 */
export function explainableKeys(template: Template): Set<string> {
  const keys = new Set<string>();
  for (const rule of template.rules) {
    if (rule.kind === "change") {
      const cells = rule.cells.length ? rule.cells : template.cells.filter((c) => !c.computed).map((c) => c.code);
      for (const code of cells) keys.add(`${rule.ruleId}[${code}]`);
    } else if (rule.severity === "warning" || (rule.kind === "linear" && rule.whenPreviousMissing === "warning")) {
      keys.add(rule.key);
    }
  }
  return keys;
}
