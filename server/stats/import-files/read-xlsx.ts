import { ImportFileError, type ParsedUnitTable } from "@/lib/import";

/**
 * A filled template (.xlsx) read into unit tables: the template reader of server/imports/xlsx
 * (zip checks with fflate, one table per unit sheet). Until it is in place, refused with a message.
 */
export async function readXlsxTables(_bytes: Uint8Array, name: string): Promise<ParsedUnitTable[]> {
  throw new ImportFileError("暂不能读取 Excel 填报表", name);
}
