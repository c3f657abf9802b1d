import type { ExpandedTerm, Template } from "../templates/types";
import type { CheckDef, FormulaTerm, SumFormula } from "./types";

const terms = (ts: ExpandedTerm[]): FormulaTerm[] => ts.map((t) => ({ cell: t.cell, coef: t.coef }));

const scaleOf = (t: Template, ts: ExpandedTerm[]) => Math.max(0, ...ts.map((x) => t.cell(x.cell)?.scale ?? 0));

/**
 * The hard rules the sheet can check by itself. Left to the server (the import's preview runs
 * every rule): warnings, rules on last year's values (the sheet holds them for reference only and
 * cannot tell approved from missing) and rules that depend on the unit's attributes (规章制定权).
 */
export function sheetChecks(t: Template): CheckDef[] {
  const out: CheckDef[] = [];
  for (const r of t.rules) {
    if (r.severity !== "hard" || r.unlessOrg || r.kind === "change") continue;
    const all = r.kind === "linear" ? [...r.lhs, ...r.rhs] : [...r.when, ...r.then];
    if (all.some((x) => x.year === "previous")) continue;
    const base = { key: r.key, label: r.label, scale: scaleOf(t, all) };
    out.push(r.kind === "linear" ? { ...base, kind: "linear", lhs: terms(r.lhs), op: r.op, rhs: terms(r.rhs) } : { ...base, kind: "implies", when: terms(r.when), then: terms(r.then) });
  }
  return out;
}

/** Each computed cell's formula: its parts, from the rule that computes it. */
export function sheetSums(t: Template): Map<string, SumFormula> {
  const sums = new Map<string, SumFormula>();
  for (const r of t.sums) {
    if (r.kind !== "linear") continue;
    const target = r.lhs[0]!.cell;
    sums.set(target, { parts: terms(r.rhs), scale: t.cell(target)?.scale ?? 0 });
  }
  return sums;
}

/** The cells a check reads. */
export const checkTerms = (c: CheckDef): FormulaTerm[] => (c.kind === "linear" ? [...c.lhs, ...c.rhs] : [...c.when, ...c.then]);

/** The cell a check is shown beside when its cells do not share one row or one column: its first (left-hand) cell. */
export const anchorCell = (c: CheckDef): string => (c.kind === "linear" ? (c.lhs[0] ?? c.rhs[0])!.cell : c.when[0]!.cell);
