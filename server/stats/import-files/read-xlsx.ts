import type { ParsedUnitTable } from "@/lib/import";
import { readTemplateWorkbook } from "../../imports/xlsx/read-template-workbook";

/**
 * A filled template (.xlsx) read into unit tables: the template reader of server/imports/xlsx
 * (zip checked with fflate before exceljs opens it, one table per unit sheet; ImportFileError
 * for a file it cannot read).
 */
export function readXlsxTables(bytes: Uint8Array, name: string): Promise<ParsedUnitTable[]> {
  return readTemplateWorkbook(bytes, name);
}
