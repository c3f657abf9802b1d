import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../db/client";
import { loadUnitTemplate } from "../../server/exports/template-xlsx/load-unit-template";
import { templateWorkbook } from "../../server/exports/template-xlsx/template-workbook";
import { parse, yearOption } from "../args";
import { RefusedError, resolveUserPath, say, UsageError } from "../io";

export const usage =
  "template:xlsx --year Y --org CODE --out FILE.xlsx\n" +
  "                                 生成某单位的 Excel 填报模板：当年表式、已保存的数据（任何状态）、上年数和校验公式；\n" +
  "                                 汇总单位（有下级的单位）无需填报，不生成";

/** The same workbook as the web's 下载 Excel 填报模板 (server/exports/template-xlsx). */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { year: { type: "string" }, org: { type: "string" }, out: { type: "string" } }, 0);
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  if (!values.out) throw new UsageError("缺少 --out");
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(`--out 应为 .xlsx 文件：${values.out}`);
  const loaded = loadUnitTemplate(db, year, values.org);
  if (!loaded.ok) throw new RefusedError(loaded.message);
  const xlsx = await templateWorkbook([loaded.sheet]);
  const out = resolveUserPath(values.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, xlsx);
  const filled = Object.keys(loaded.sheet.values).length;
  say(`已生成 ${out}：${loaded.sheet.unitName}（${loaded.sheet.orgCode}）${year} 年度填报模板，${loaded.sheet.template.name}，已带入 ${filled} 个已保存的数值，${(xlsx.length / 1024).toFixed(1)} KB。`);
}
