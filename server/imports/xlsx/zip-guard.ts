import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFileInfo } from "fflate";
import { ImportFileError } from "@/lib/import";

/** Limits for an uploaded workbook: a filled template is some 30 KB; these leave room for a hundred units. */
export const XLSX_LIMITS = {
  /** The file as uploaded. */
  maxBytes: 5 * 1024 * 1024,
  /** All entries inflated. */
  maxUncompressed: 60 * 1024 * 1024,
  /** Inflated : compressed, for entries over 1 MB inflated (small XML parts compress far better, harmlessly). */
  maxRatio: 200,
  maxEntries: 2000,
};

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Excel's old binary format (an OLE compound file), which exceljs cannot read. */
const isOle = (b: Uint8Array) => b.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => b[i] === x);
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Checks an upload before exceljs (jszip) inflates it, which it would do in full, whatever the
 * sizes: the size, that it is a zip at all, then its central directory as fflate lists it without
 * inflating anything (entry count, declared sizes and ratios), then a streamed inflation that
 * stops as soon as an entry gives more than its directory declared (a bomb can lie there).
 */
export function checkXlsxZip(bytes: Uint8Array, fileName: string): void {
  const fail = (message: string): never => {
    throw new ImportFileError(message, fileName);
  };
  if (bytes.length > XLSX_LIMITS.maxBytes) fail(`文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），填报模板不应超过 ${MB(XLSX_LIMITS.maxBytes)}`);
  if (bytes.length === 0) fail("文件是空的");
  if (isOle(bytes)) fail("这是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再上传");
  if (!isZip(bytes)) fail("不是 Excel 文件（.xlsx）：请上传从本系统下载并填写的填报模板");

  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push(f);
        return false;
      },
    });
  } catch {
    fail("文件已损坏或不完整（无法读取其压缩目录），请重新保存后上传");
  }
  if (entries.length > XLSX_LIMITS.maxEntries) fail(`文件包含的部件过多（${entries.length} 个），不是正常的填报模板`);
  if (!entries.some((e) => e.name === "[Content_Types].xml") || !entries.some((e) => e.name.startsWith("xl/"))) fail("压缩包里不是 Excel 工作簿：请上传 .xlsx 文件");
  const declared = entries.reduce((n, e) => n + e.originalSize, 0);
  const bomb = "文件解压后异常巨大（疑似压缩炸弹），已拒绝读取";
  if (declared > XLSX_LIMITS.maxUncompressed) fail(bomb);
  if (entries.some((e) => e.originalSize > 1024 * 1024 && e.originalSize > XLSX_LIMITS.maxRatio * Math.max(1, e.size))) fail(bomb);
  inflateWithin(bytes, new Map(entries.map((e) => [e.name, e.originalSize])), fail, bomb);
}

/** Inflates every entry in 64 KB steps, refusing one that gives more than declared. */
function inflateWithin(bytes: Uint8Array, declared: Map<string, number>, fail: (m: string) => never, bomb: string) {
  let problem: string | null = null;
  let total = 0;
  const unzip = new Unzip((file) => {
    let got = 0;
    const limit = declared.get(file.name) ?? 0;
    file.ondata = (err, chunk) => {
      if (problem) return;
      if (err) problem = "文件已损坏（压缩数据无法解开），请重新保存后上传";
      got += chunk?.length ?? 0;
      total += chunk?.length ?? 0;
      if (got > limit || total > XLSX_LIMITS.maxUncompressed) {
        problem = bomb;
        file.terminate();
      }
    };
    if (file.compression === 0 || file.compression === 8) file.start();
    else problem = "文件使用了不支持的压缩方式，请用 Excel 或 WPS 重新保存后上传";
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const step = 64 * 1024;
  try {
    for (let at = 0; at < bytes.length && !problem; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch {
    problem ??= "文件已损坏或不完整，请重新保存后上传";
  }
  if (problem) fail(problem);
}
