import { formatScaled, pow10, type CellValues } from "../values";
import type { Template } from "../templates/types";
import type { CheckDef, FormulaTerm, SumFormula } from "./types";

/**
 * The formulas of the template sheet and their results, computed exactly here so that every
 * formula is written with its cached result (a viewer that does not recalculate shows the right
 * figure) and the reader can recompute a formula that arrives without one.
 */

type Address = (code: string) => string;

/** An Excel string literal. */
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** coef x cell terms as an Excel expression: "D10+D11-2*D12"; no terms: "0". */
function linear(terms: FormulaTerm[], at: Address, wrap: (ref: string) => string = (r) => r): string {
  if (terms.length === 0) return "0";
  return terms
    .map((t, i) => {
      const ref = wrap(at(t.cell));
      const abs = t.coef < 0n ? -t.coef : t.coef;
      const body = abs === 1n ? ref : `${abs}*${ref}`;
      return t.coef < 0n ? `-${body}` : i === 0 ? body : `+${body}`;
    })
    .join("");
}

const refs = (terms: FormulaTerm[], at: Address) => terms.map((t) => at(t.cell)).join(",");

/** A sum cell: blank ("") while no part holds a number, else the parts added (N(): a blank part counts 0). */
export function sumFormula(sum: SumFormula, at: Address): string {
  return `IF(COUNT(${refs(sum.parts, at)})=0,"",ROUND(${linear(sum.parts, at, (r) => `N(${r})`)},${sum.scale}))`;
}

/** The sum as lib/rules computeSums has it: undefined while every part is blank. */
export function sumResult(sum: SumFormula, values: CellValues, scaleOf: (code: string) => number): bigint | undefined {
  if (sum.parts.every((p) => values[p.cell] === undefined)) return undefined;
  return sum.parts.reduce((s, p) => s + p.coef * (values[p.cell] ?? 0n) * pow10(sum.scale - scaleOf(p.cell)), 0n);
}

/** Whether a check holds: unchecked (true) while a cell it needs is blank, as lib/rules skips it. */
function checkExpr(c: CheckDef, at: Address): string {
  if (c.kind === "linear") {
    const all = [...c.lhs, ...c.rhs];
    const diff = c.rhs.length ? `${linear(c.lhs, at)}-(${linear(c.rhs, at)})` : linear(c.lhs, at);
    return `IF(COUNT(${refs(all, at)})<${all.length},TRUE,ROUND(${diff},${c.scale})${c.op}0)`;
  }
  return `IF(COUNT(${refs(c.when, at)})<${c.when.length},TRUE,IF(COUNT(${refs(c.then, at)})<${c.then.length},TRUE,OR(ROUND(${linear(c.when, at)},${c.scale})<=0,ROUND(${linear(c.then, at)},${c.scale})>0)))`;
}

export const CHECK_PASSED = "通过";
export const checkFailed = (label: string) => `不通过：${label}`;

/** Every cell a check cell reads, once each. */
export function checkCells(checks: CheckDef[]): string[] {
  const cells = checks.flatMap((c) => (c.kind === "linear" ? [...c.lhs, ...c.rhs] : [...c.when, ...c.then]).map((t) => t.cell));
  return [...new Set(cells)];
}

/**
 * A 校验 cell: empty while none of its cells is filled, else 通过 or 不通过：<the first broken rule's label>.
 */
export function checkFormula(checks: CheckDef[], at: Address): string {
  let expr = quote(CHECK_PASSED);
  for (const c of [...checks].reverse()) expr = `IF(NOT(${checkExpr(c, at)}),${quote(checkFailed(c.label))},${expr})`;
  return `IF(COUNT(${checkCells(checks).map(at).join(",")})=0,"",${expr})`;
}

/** A side of a check in units of 10^-scale; null when a cell it needs is blank. */
function side(terms: FormulaTerm[], values: CellValues, scale: number, scaleOf: (code: string) => number): bigint | null {
  let total = 0n;
  for (const t of terms) {
    const v = values[t.cell];
    if (v === undefined) return null;
    total += t.coef * v * pow10(scale - scaleOf(t.cell));
  }
  return total;
}

function holds(c: CheckDef, values: CellValues, scaleOf: (code: string) => number): boolean {
  if (c.kind === "linear") {
    const l = side(c.lhs, values, c.scale, scaleOf);
    const r = side(c.rhs, values, c.scale, scaleOf);
    if (l === null || r === null) return true;
    return c.op === "=" ? l === r : c.op === "<=" ? l <= r : l >= r;
  }
  const w = side(c.when, values, c.scale, scaleOf);
  const t = side(c.then, values, c.scale, scaleOf);
  return w === null || t === null || w <= 0n || t > 0n;
}

/** What the 校验 cell shows for these values (sums included), exactly as its formula computes it. */
export function checkResult(checks: CheckDef[], values: CellValues, scaleOf: (code: string) => number): string {
  if (checkCells(checks).every((c) => values[c] === undefined)) return "";
  const broken = checks.find((c) => !holds(c, values, scaleOf));
  return broken ? checkFailed(broken.label) : CHECK_PASSED;
}

/** A scaled value as the number Excel stores (exact for the decimals a cell keeps). */
export function excelNumber(value: bigint, scale: number): number {
  return Number(formatScaled(value, scale));
}

/** The scale of a template's cell (0 for an unknown code). */
export const scaleIn = (t: Template) => (code: string) => t.cell(code)?.scale ?? 0;
