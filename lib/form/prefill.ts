import type { Template } from "../templates/types";
import { parseCellInput } from "../values";

/** Cells the form fills in before the unit types (carry-over from last year), as the form shows them. */
export type CarryOverPrefill = {
  /** Cell code → text as the form prints it. */
  values: Record<string, string>;
  /** The rows holding them (where the note goes). */
  rows: string[];
  /** 「已按上年结转下年度数预填」, naming the units summed when the unit took others over. */
  note: string;
};

/** The form's starting texts: what the unit saved, and the prefill where it saved nothing. */
export function withPrefill(saved: Record<string, string>, prefill: CarryOverPrefill | null | undefined): Record<string, string> {
  return prefill ? { ...prefill.values, ...saved } : saved;
}

/** The prefilled cells still holding the prefilled value (the same number, however typed). */
export function stillPrefilled(template: Template, prefill: CarryOverPrefill | null | undefined, texts: Record<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [code, text] of Object.entries(prefill?.values ?? {})) {
    const cell = template.cell(code);
    if (!cell) continue;
    const a = parseCellInput(text, cell);
    const b = parseCellInput(texts[code] ?? "", cell);
    if (a.ok && b.ok && a.value !== null && a.value === b.value) out.add(code);
  }
  return out;
}
