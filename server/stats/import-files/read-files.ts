import { decodeText, ImportFileError, type ParsedUnitTable } from "@/lib/import";
import { htmlGrids } from "@/lib/import/published/html-grid";
import { pastedGrid } from "@/lib/import/published/grid";
import { readPublishedTables } from "@/lib/import/published/read-published";
import { IMPORT_FILE_MAX_BYTES, importFileKind } from "@/lib/import/upload-limits";
import { getTemplate, templateIds } from "@/lib/templates";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** A file's refusal naming the file (several may be uploaded at once). */
export function fileErrorMessage(err: ImportFileError): string {
  return err.message.includes(err.file) ? err.message : `「${err.file}」：${err.message}`;
}

const TEMPLATES = () => templateIds.map(getTemplate);

/** A saved page of a published report, or a table pasted out of one: history, the unit given by the user. */
export function readPublishedFile(file: UploadedFile, opts: { orgCode?: string | null; year?: number | null } = {}): ParsedUnitTable {
  const text = decodeText(file.bytes);
  const kind = importFileKind(file.name);
  const grids = kind === "html" || /<table[\s>]/i.test(text) ? htmlGrids(text) : [pastedGrid(text)];
  return readPublishedTables(grids, TEMPLATES(), { source: file.name, orgCode: opts.orgCode ?? null, year: opts.year ?? null });
}

/** A table pasted into the page's text box (tab-separated, as copied from a published report). */
export function readPastedTable(text: string, opts: { orgCode?: string | null; year?: number | null } = {}): ParsedUnitTable {
  return readPublishedTables([pastedGrid(text)], TEMPLATES(), { source: "粘贴的表格", orgCode: opts.orgCode ?? null, year: opts.year ?? null });
}

/**
 * Every uploaded file read into unit tables, whatever it is: a filled template (.xlsx, one table
 * per unit sheet), a saved report page (.html) or a pasted table (.txt). A file that cannot be
 * read throws ImportFileError with its own message; nothing is checked against the database here.
 */
export async function readUploadedFiles(files: UploadedFile[], opts: { orgCode?: string | null; readXlsx?: (bytes: Uint8Array, name: string) => Promise<ParsedUnitTable[]> } = {}): Promise<ParsedUnitTable[]> {
  const out: ParsedUnitTable[] = [];
  for (const file of files) {
    if (file.bytes.length === 0) throw new ImportFileError(`「${file.name}」是空文件`, file.name);
    if (file.bytes.length > IMPORT_FILE_MAX_BYTES) throw new ImportFileError(`「${file.name}」超过 5 MB，不能导入`, file.name);
    const kind = importFileKind(file.name);
    if (kind === "xlsx") {
      if (!opts.readXlsx) throw new ImportFileError("暂不能读取 Excel 文件", file.name);
      out.push(...(await opts.readXlsx(file.bytes, file.name)));
    } else if (kind === "html" || kind === "text") out.push(readPublishedFile(file, { orgCode: opts.orgCode }));
    else throw new ImportFileError(`「${file.name}」不是可导入的文件（可导入 .xlsx 填报表、另存的报告网页 .html 或粘贴的表格 .txt）`, file.name);
  }
  return out;
}
