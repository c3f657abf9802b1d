/** An upload of filled tables (issue 15): bounded before a byte is kept. */
export const IMPORT_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_FILES = 50;
/** A table pasted out of a published page (tab-separated text). */
export const IMPORT_PASTE_MAX_BYTES = 256 * 1024;

/** The kinds of file an import takes, by extension: a filled template, a saved page, a pasted table. */
export type ImportFileKind = "xlsx" | "html" | "text";

export function importFileKind(name: string): ImportFileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "xlsx") return "xlsx";
  if (ext === "html" || ext === "htm" || ext === "shtml" || ext === "mhtml") return ext === "mhtml" ? null : "html";
  if (ext === "txt" || ext === "tsv") return "text";
  return null;
}
