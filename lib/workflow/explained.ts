/**
 * The explanation an import records for every warning it brings in (unless the importer gives
 * one): a placeholder, not a reason anyone wrote.
 */
export const IMPORT_EXPLANATION = "导入时未说明";

/**
 * The explanation a person wrote for a warning, or "" when there is none: blank text and the
 * import's placeholder both count as none, so the form, 待签发, the signing page and the
 * dashboard agree on what is still to be explained.
 */
export function writtenExplanation(text: string | null | undefined): string {
  const t = (text ?? "").trim();
  return t === IMPORT_EXPLANATION ? "" : t;
}

/** Whether a warning's explanation was written by someone (not blank, not the import's placeholder). */
export function isExplained(text: string | null | undefined): boolean {
  return writtenExplanation(text) !== "";
}
