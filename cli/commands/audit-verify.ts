import { describeAuditVerdict } from "@/lib/audit";
import { auditKeyBesideDatabase } from "../../db/audit/settings";
import { verifyAuditLog } from "../../db/audit/verify";
import type { OpenedDb } from "../../db/client";
import { parse } from "../args";
import { out, RefusedError, say } from "../io";

export const usage = "audit:verify                    校验审计日志的哈希链和检查点（完整则退出码 0，否则 1）";

/**
 * stdout: exactly one line, the verdict (lib/audit/messages.ts lists the formats):
 *   OK: N 条审计记录，链完整（最后一条 #ID）
 *   第一条异常记录：#ID（YYYY-MM-DD HH:mm:ss）：哈希不符（记录被修改）
 *   审计日志在 #ID 之后被截断：检查点记录了 #ID2
 *   无法校验：审计密钥文件不存在：PATH
 * stderr: the files used, counts and remarks.
 */
export function run(opened: OpenedDb, argv: string[]): void {
  parse(argv, {}, 0);
  const report = verifyAuditLog(opened.db);
  say(`密钥文件：${report.keyFile ?? "（未配置，内存数据库）"}`);
  say(`检查点文件：${report.checkpointFile ?? "（不写检查点）"}，本库检查点 ${report.checkpoints} 条`);
  const algs = Object.entries(report.algs);
  if (algs.length) say(`哈希算法：${algs.map(([alg, n]) => `${alg} ${n} 条`).join("，")}`);
  for (const note of report.notes) say(`注意：${note}`);
  if (!opened.sqlite.memory && auditKeyBesideDatabase(opened.sqlite.name)) {
    say("警告：审计密钥与数据库在同一目录：复制该目录的人可以重算并改写审计链。运行 npm run setup 把密钥移到数据目录之外（README「安全审计」）。");
  }
  out(describeAuditVerdict(report.verdict) + "\n");
  if (!report.verdict.ok) throw new RefusedError("审计日志校验未通过。");
}
