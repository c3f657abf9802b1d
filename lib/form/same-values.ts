import type { Template } from "../templates/types";
import { parseCellInput } from "../values";

/**
 * The editable cells whose value differs between two sets of texts (cell code → text): compared
 * as parsed values, so "1,234" and "1234" agree; a text that does not parse differs from anything else.
 */
export function differingCells(template: Template, a: Record<string, string>, b: Record<string, string>): string[] {
  return template.cells
    .filter((c) => !c.computed)
    .filter((c) => {
      const x = a[c.code] ?? "";
      const y = b[c.code] ?? "";
      const px = parseCellInput(x, c);
      const py = parseCellInput(y, c);
      if (!px.ok || !py.ok) return x.trim() !== y.trim();
      return px.value !== py.value;
    })
    .map((c) => c.code);
}

/** Whether two sets of texts hold the same values. */
export function sameValues(template: Template, a: Record<string, string>, b: Record<string, string>): boolean {
  return differingCells(template, a, b).length === 0;
}
