import { validateOrgRows } from "@/lib/import";
import type { Db } from "../../db/client";
import { DbError } from "../../db/errors";
import { upsertOrganisations } from "../../db/mutations/orgs";
import { appendAudit } from "../../db/mutations/audit";
import { parse } from "../args";
import { readCsv, RefusedError, say } from "../io";

export const usage = "orgs:import FILE.csv            导入单位（列：code,name,parent_code,kind）；按代码更新名称和上级";

export function run(db: Db, argv: string[]): void {
  const { positionals } = parse(argv, {}, 1);
  const file = positionals[0]!;
  const { header, rows } = readCsv(file);
  const checked = validateOrgRows(header, rows);
  if (!checked.ok) {
    throw new RefusedError(`单位文件有 ${checked.problems.length} 处错误，未导入任何单位：`, checked.problems.map((p) => `第${p.line}行${p.code ? `（${p.code}）` : ""}：${p.message}`));
  }
  try {
    const result = upsertOrganisations(db, checked.rows.map((r) => ({ code: r.code, name: r.name, parentCode: r.parentCode, kind: r.kind })));
    appendAudit(db, { action: "orgs.import", username: "cli", detail: { file, ...result } });
    say(`已导入单位：新增 ${result.inserted} 个，更新 ${result.updated} 个。`);
  } catch (err) {
    if (err instanceof DbError) throw new RefusedError(`${err.message}，未导入任何单位。`);
    throw err;
  }
}
