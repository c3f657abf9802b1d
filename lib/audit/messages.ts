import type { AuditChainFault } from "./chain";
import { formatAuditTime } from "./time";

/** The outcome of verifying the audit log: one line for the CLI and the auditor's page. */
export type AuditVerdict =
  | { ok: true; count: number; lastId: number | null }
  | { ok: false; kind: "row"; fault: AuditChainFault }
  /** Row `id` exists but differs from what the checkpoint recorded for it. */
  | { ok: false; kind: "checkpoint-mismatch"; id: number; at: number }
  /** The checkpoint recorded row `checkpointId`; the log now ends at `lastId`. */
  | { ok: false; kind: "truncated"; lastId: number | null; checkpointId: number }
  | { ok: false; kind: "no-checkpoint"; file: string }
  | { ok: false; kind: "key-missing"; file: string }
  | { ok: false; kind: "key-invalid"; file: string }
  | { ok: false; kind: "key-mismatch"; expected: string; actual: string };

function rowPrefix(id: number, at: number): string {
  return `第一条异常记录：#${id}（${formatAuditTime(at)}）：`;
}

function describeFault(f: AuditChainFault): string {
  switch (f.kind) {
    case "hash":
      return rowPrefix(f.id, f.at) + "哈希不符（记录被修改）";
    case "link":
      return (
        rowPrefix(f.id, f.at) +
        (f.prevId === null ? "不是链的第一条（之前的记录被删除）" : `与前一条记录 #${f.prevId} 不衔接（其间的记录被删除或改动）`)
      );
    case "missing-hash":
      return rowPrefix(f.id, f.at) + "缺少哈希（哈希被清除，或早于哈希链的旧记录尚未接续）";
    case "unknown-alg":
      return rowPrefix(f.id, f.at) + `未知的哈希算法 ${JSON.stringify(f.alg)}（记录被修改）`;
  }
}

/**
 * The verdict as one stable line (tests and acceptance checks read these):
 * - `OK: N 条审计记录，链完整（最后一条 #ID）`
 * - `第一条异常记录：#ID（YYYY-MM-DD HH:mm:ss）：哈希不符（记录被修改）` and other reasons
 * - `审计日志在 #ID 之后被截断：检查点记录了 #ID2`
 */
export function describeAuditVerdict(v: AuditVerdict): string {
  if (v.ok) return `OK: ${v.count} 条审计记录，链完整（${v.lastId === null ? "尚无记录" : `最后一条 #${v.lastId}`}）`;
  switch (v.kind) {
    case "row":
      return describeFault(v.fault);
    case "checkpoint-mismatch":
      return rowPrefix(v.id, v.at) + "与检查点不符（此处起的记录被截断后重写）";
    case "truncated":
      return `审计日志在 #${v.lastId ?? 0} 之后被截断：检查点记录了 #${v.checkpointId}`;
    case "no-checkpoint":
      return `审计日志没有检查点：${v.file} 中没有本数据库的记录（检查点文件被删除或替换）`;
    case "key-missing":
      return `无法校验：审计密钥文件不存在：${v.file}`;
    case "key-invalid":
      return `无法校验：审计密钥文件格式不对（应为 64 位十六进制数字）：${v.file}`;
    case "key-mismatch":
      return `审计密钥不符：检查点由另一把密钥写入（检查点的密钥指纹 ${v.expected}，当前密钥 ${v.actual}）`;
  }
}
