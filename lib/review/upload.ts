/** What a sealed scan may be: PDF, JPEG or PNG, recognised by their first bytes (not by name or declared type). */
export type ScanType = { mime: "application/pdf" | "image/jpeg" | "image/png"; ext: "pdf" | "jpg" | "png" };

/** 10 MB: a scanned A4 page at 300 dpi is well under that. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export const SCAN_TOO_LARGE = `文件过大：盖章扫描件不能超过 ${MAX_SCAN_BYTES / 1024 / 1024} MB`;
export const SCAN_WRONG_TYPE = "文件类型不符：只能上传 PDF、JPEG 或 PNG 格式的盖章扫描件";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Markup a browser would act on, in the head of a file that claims to be a PDF or an image. */
const MARKUP = /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|meta)\b/i;

/**
 * A PDF as a reader takes it: `%PDF-1.x` or `%PDF-2.0`, an `%%EOF` marker in its last KB, and no
 * HTML in its first KB (a file that only starts with `%PDF-` and is HTML is no PDF).
 */
function looksLikePdf(bytes: Uint8Array): boolean {
  const latin1 = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (!/^%PDF-(1\.[0-7]|2\.0)/.test(latin1(0, 16))) return false;
  if (MARKUP.test(latin1(0, 1024))) return false;
  return latin1(Math.max(0, bytes.length - 1024), bytes.length).includes("%%EOF");
}

/** The file's type by its magic bytes, or null when it is none of the accepted ones. */
export function sniffScanType(bytes: Uint8Array): ScanType | null {
  const starts = (sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return looksLikePdf(bytes) ? { mime: "application/pdf", ext: "pdf" } : null; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (starts(PNG)) return { mime: "image/png", ext: "png" };
  return null;
}

/**
 * Characters that reorder or hide text: bidirectional overrides, isolates and marks (a name like
 * `invoice\u202Efdp.pdf` shows as "invoicepdf.pdf"), zero-width characters and the BOM.
 */
export const INVISIBLE_FORMATTING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * The stored name of an upload: the user's file name without any path, control characters,
 * invisible formatting characters or characters unsafe in a download header, at most 120
 * characters, with the extension of the type actually found.
 */
export function cleanScanName(name: string, type: ScanType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const safe = base.replace(INVISIBLE_FORMATTING, "").replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim();
  const stem = safe.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 120) || "盖章扫描件";
  return `${stem}.${type.ext}`;
}
