import type { Template } from "../templates/types";
import type { CellValues } from "../values";

/**
 * Fills the template's sum cells from their parts, as the form does while a unit types.
 * A sum whose parts are all blank stays blank; blank parts otherwise count as 0 (they are
 * reported as missing separately).
 */
export function computeSums(template: Template, values: CellValues): CellValues {
  const out: CellValues = { ...values };
  for (const rule of template.sums) {
    if (rule.kind !== "linear") continue;
    const target = rule.lhs[0]!.cell;
    const parts = rule.rhs.map((t) => out[t.cell]);
    if (parts.every((p) => p === undefined)) {
      delete out[target];
      continue;
    }
    out[target] = rule.rhs.reduce((s, t, i) => s + t.coef * (parts[i] ?? 0n), 0n);
  }
  return out;
}

/** Cells a submission still needs: every value cell unless optional (sums count once computed). */
export function missingCells(template: Template, values: CellValues): string[] {
  return template.cells.filter((c) => !c.optional && values[c.code] === undefined).map((c) => c.code);
}
