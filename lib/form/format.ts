import { formatScaled, parseCellInput, toHalfWidth, type CellInputSpec } from "../values";

/** A value as the form shows it: counts with thousands separators (4,223,174), amounts with all their decimals (745.45). */
export function formatForForm(value: bigint, scale: number): string {
  return formatScaled(value, scale, true);
}

/**
 * What a typed or pasted text becomes once the person leaves the cell: the same value in the
 * form's display (full-width digits and separators normalised); a text that does not parse is
 * kept as typed so the person sees what is wrong with it.
 */
export function formatCellText(text: string, spec: CellInputSpec & { scale: number }): string {
  const r = parseCellInput(text, spec);
  if (!r.ok) return toHalfWidth(text).trim() === "" ? "" : text.trim();
  return r.value === null ? "" : formatForForm(r.value, spec.scale);
}
