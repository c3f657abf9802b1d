import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../db/client";
import { importOrganisations } from "../../server/orgs/import";
import { parse } from "../args";
import { runAsConsole } from "../console";
import { RefusedError, resolveUserPath, say } from "../io";

export const usage = "orgs:import FILE.csv            导入单位（列：code,name,parent_code,kind）；按代码更新名称和上级";

/**
 * Reads the file as the web page reads an upload (server/orgs/import-file.ts: CSV in UTF-8 or
 * GB18030, or XLSX) and imports it with the page's command: all rows or none, by the same plan.
 */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { positionals } = parse(argv, {}, 1);
  say(await importOrgsFile(db, resolveUserPath(positionals[0]!)));
}

/** Imports the units of this file (an absolute path); answers the line to print. Also `demo:load`'s first step. */
export async function importOrgsFile(db: Db, file: string): Promise<string> {
  if (!fs.existsSync(file)) throw new RefusedError(`文件不存在：${file}`);
  // Loaded only here: the XLSX reader (exceljs) is large and no other command needs it.
  const { readOrgImportBytes } = await import("../../server/orgs/import-file");
  const read = await readOrgImportBytes(fs.readFileSync(file), path.basename(file));
  if (!read.ok) throw new RefusedError(`${read.error}：${file}`);
  const result = await runAsConsole(db, importOrganisations, { rows: read.rows });
  return `已导入单位：新增 ${result.inserted} 个，更新 ${result.updated} 个。`;
}
