/** What a sealed scan may be: PDF, JPEG or PNG, recognised by their first bytes (not by name or declared type). */
export type ScanType = { mime: "application/pdf" | "image/jpeg" | "image/png"; ext: "pdf" | "jpg" | "png" };

/** 10 MB: a scanned A4 page at 300 dpi is well under that. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export const SCAN_TOO_LARGE = `文件过大：盖章扫描件不能超过 ${MAX_SCAN_BYTES / 1024 / 1024} MB`;
export const SCAN_WRONG_TYPE = "文件类型不符：只能上传 PDF、JPEG 或 PNG 格式的盖章扫描件";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The file's type by its magic bytes, or null when it is none of the accepted ones. */
export function sniffScanType(bytes: Uint8Array): ScanType | null {
  const starts = (sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: "application/pdf", ext: "pdf" }; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (starts(PNG)) return { mime: "image/png", ext: "png" };
  return null;
}

/**
 * The stored name of an upload: the user's file name without any path, control characters or
 * characters unsafe in a download header, at most 120 characters, with the extension of the
 * type actually found.
 */
export function cleanScanName(name: string, type: ScanType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const safe = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim();
  const stem = safe.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 120) || "盖章扫描件";
  return `${stem}.${type.ext}`;
}
