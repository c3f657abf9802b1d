import ExcelJS from "exceljs";
import { isOrgHeader, ORG_COLUMNS, ORG_OPTIONAL_COLUMNS, parseCsvBytes } from "@/lib/import";
import type { OrgImportRow } from "@/lib/org-tree";

/** Server actions accept bodies up to 1 MB (Next's default); the file must fit with room to spare. */
export const ORG_IMPORT_FILE_MAX_BYTES = 900 * 1024;

export type OrgFileResult = { ok: true; rows: OrgImportRow[] } | { ok: false; error: string };

/** The first worksheet's cells as text (a code typed as a number reads as its digits). */
async function readXlsx(buf: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares the pre-generic Buffer type; the value is a plain Node Buffer.
  await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = [...ORG_COLUMNS, ...ORG_OPTIONAL_COLUMNS].map((_, i) => row.getCell(i + 1).text.trim());
    if (cells.some(Boolean)) out.push(cells);
  });
  return out;
}

/**
 * Reads an uploaded organisation file (CSV in UTF-8 or GB18030, or XLSX) with the columns
 * code,name,parent_code,kind and optionally rule_making (1/0) into rows; checking the rows is the
 * import plan's job. The old four-column header stays valid.
 */
export async function readOrgImportFile(file: File): Promise<OrgFileResult> {
  if (file.size === 0) return { ok: false, error: "文件是空的" };
  if (file.size > ORG_IMPORT_FILE_MAX_BYTES) return { ok: false, error: `文件过大（上限 ${Math.floor(ORG_IMPORT_FILE_MAX_BYTES / 1024)} KB），请分批导入` };
  return readOrgImportBytes(Buffer.from(await file.arrayBuffer()), file.name);
}

/** The same for a file's bytes and name, without the upload's size limit (the CLI's `orgs:import`). */
export async function readOrgImportBytes(buf: Buffer, name: string): Promise<OrgFileResult> {
  if (buf.length === 0) return { ok: false, error: "文件是空的" };
  const isXlsx = /\.xlsx$/i.test(name) || (buf[0] === 0x50 && buf[1] === 0x4b);
  let records: string[][];
  try {
    records = isXlsx ? await readXlsx(buf) : parseCsvBytes(buf);
  } catch {
    return { ok: false, error: isXlsx ? "无法读取该 XLSX 文件，请确认文件未损坏" : "无法读取该 CSV 文件，请检查引号和分隔符" };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, error: "文件中没有内容" };
  const names = header.map((h) => h.trim().toLowerCase());
  // An XLSX row is read as five cells; trailing empty header cells say nothing.
  while (names.length > ORG_COLUMNS.length && names[names.length - 1] === "") names.pop();
  if (!isOrgHeader(names)) {
    return { ok: false, error: `表头应为 ${ORG_COLUMNS.join(",")}（可再加一列 rule_making），实际为 ${header.join(",")}` };
  }
  const withRuleMaking = names.length > ORG_COLUMNS.length;
  if (rows.length === 0) return { ok: false, error: "文件中只有表头，没有单位" };
  return {
    ok: true,
    rows: rows.map((r) => ({ code: r[0] ?? "", name: r[1] ?? "", parentCode: r[2] ?? "", kind: r[3] ?? "", ...(withRuleMaking ? { ruleMaking: r[4] ?? "" } : {}) })),
  };
}
