import type ExcelJS from "exceljs";

/** What a cell holds, as far as reading figures goes. */
export type CellContent =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  /** result: the cached result, undefined when the file carries none. */
  | { kind: "formula"; formula: string; result: number | string | undefined }
  | { kind: "text"; text: string }
  | { kind: "other"; shown: string };

const resultOf = (r: unknown): number | string | undefined =>
  typeof r === "number" || typeof r === "string" ? r : r && typeof r === "object" && "error" in r ? String((r as { error: unknown }).error) : undefined;

export function cellContent(cell: ExcelJS.Cell): CellContent {
  const v = cell.value;
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "string") return v.trim() === "" ? { kind: "blank" } : { kind: "text", text: v.trim() };
  if (typeof v === "boolean") return { kind: "other", shown: v ? "TRUE" : "FALSE" };
  if (v instanceof Date) return { kind: "other", shown: v.toISOString().slice(0, 10) };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    return { kind: "formula", formula: f.formula ?? cell.formula ?? f.sharedFormula ?? "", result: resultOf(f.result) };
  }
  if ("richText" in v) {
    const text = v.richText.map((r) => r.text).join("").trim();
    return text === "" ? { kind: "blank" } : { kind: "text", text };
  }
  if ("text" in v && typeof v.text === "string") return v.text.trim() === "" ? { kind: "blank" } : { kind: "text", text: v.text.trim() };
  if ("error" in v) return { kind: "other", shown: String(v.error) };
  return { kind: "other", shown: String(v) };
}

/** A cell's text for comparing labels: whitespace (including full-width spaces and line breaks) removed. */
export function cellText(cell: ExcelJS.Cell): string {
  const c = cellContent(cell);
  const s = c.kind === "text" ? c.text : c.kind === "number" ? String(c.value) : c.kind === "formula" ? String(c.result ?? "") : c.kind === "other" ? c.shown : "";
  return s.replace(/[\s\u3000]+/g, "");
}

/**
 * A number read from Excel as the plain decimal text people typed: 12.35, never 12.350000000000001
 * (binary noise of a pasted formula result is dropped when it is below the cell's decimals), and
 * never in exponent notation.
 */
export function numberText(n: number, scale: number): string {
  const fixed = n.toFixed(scale);
  if (Math.abs(Number(fixed) - n) <= 4 * Number.EPSILON * Math.max(1, Math.abs(n))) return trimZeros(fixed);
  const plain = String(n);
  return /e/i.test(plain) ? trimZeros(n.toFixed(20)) : plain;
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}
