import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";

/** UTF-8 (with or without BOM) or, failing strict UTF-8, GB18030 as saved by Excel/WPS on Chinese Windows. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "gb18030");
  }
}

/** A CSV file's records (empty lines skipped, cells trimmed), whatever its encoding. */
export function parseCsvBytes(bytes: Uint8Array): string[][] {
  return parse(decodeText(bytes), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
}
