import fs from "node:fs";
import {
  type AuditChainRow,
  type AuditCheckpoint,
  type AuditVerdict,
  auditChainId,
  auditKeyFingerprint,
  createChainWalker,
} from "@/lib/audit";
import type { Db } from "../client";
import { prepared } from "../prepared";
import { readCheckpointFile } from "./checkpoints";
import { readAuditKeyFile } from "./key";
import { AUDIT_SELECT } from "./rows";
import { auditState } from "./settings";

export type AuditVerifyReport = {
  verdict: AuditVerdict;
  keyFile: string | null;
  checkpointFile: string | null;
  /** Checkpoint lines of this database's chain. */
  checkpoints: number;
  /** Rows from before the chain existed, folded into it by the first chained row. */
  legacy: number;
  /** Verified rows by algorithm. */
  algs: Record<string, number>;
  /** Remarks for a human (stderr in the CLI); never part of the verdict. */
  notes: string[];
};

/**
 * Walks the whole chain in id order (streamed) and compares it with the checkpoints of this
 * database. Stops at the first problem:
 * 1. the key file is missing or malformed, or the checkpoints were written with another key;
 * 2. a row whose hash does not match its content, or that does not chain to the row before it;
 * 3. a row that differs from its checkpoint, or a checkpointed row that is gone (a cut);
 * 4. a chain with rows but no checkpoint at all (the checkpoint file was removed or replaced).
 * Never writes: a missing key file is reported, not created.
 */
export function verifyAuditLog(db: Db): AuditVerifyReport {
  const sqlite = db.$client;
  const state = auditState(sqlite);
  const report: AuditVerifyReport = {
    verdict: { ok: true, count: 0, lastId: null },
    keyFile: state.keyFile,
    checkpointFile: state.checkpointFile,
    checkpoints: 0,
    legacy: 0,
    algs: {},
    notes: [],
  };
  const done = (verdict: AuditVerdict) => ({ ...report, verdict });

  // The key file is read afresh (a long-running process may have cached a key it no longer has).
  let key = state.keyFile ? null : state.key;
  if (state.keyFile) {
    const read = readAuditKeyFile(state.keyFile);
    if (!read.ok) return done({ ok: false, kind: read.reason === "missing" ? "key-missing" : "key-invalid", file: state.keyFile });
    key = read.key;
    const mode = fs.statSync(state.keyFile).mode & 0o777;
    if (mode & 0o077) report.notes.push(`密钥文件的权限过宽（${mode.toString(8).padStart(4, "0")}），建议 chmod 600 ${state.keyFile}`);
  }
  const first = prepared(sqlite, `${AUDIT_SELECT} order by id limit 1`).get() as AuditChainRow | undefined;
  if (!first) return report;
  if (!key) return done({ ok: false, kind: "key-missing", file: "（未配置审计密钥）" });

  const fingerprint = auditKeyFingerprint(key);
  const chain = auditChainId(first);
  const byId = new Map<number, AuditCheckpoint[]>();
  if (state.checkpointFile) {
    const file = readCheckpointFile(state.checkpointFile);
    if (!file.exists) report.notes.push(`检查点文件不存在：${state.checkpointFile}`);
    if (file.malformed) report.notes.push(`检查点文件有 ${file.malformed} 行无法解析，已跳过`);
    let latest: AuditCheckpoint | null = null;
    for (const cp of file.checkpoints) {
      if (cp.chain !== chain) continue;
      report.checkpoints += 1;
      byId.set(cp.id, [...(byId.get(cp.id) ?? []), cp]);
      if (!latest || cp.id >= latest.id) latest = cp;
    }
    if (latest && latest.key !== fingerprint) return done({ ok: false, kind: "key-mismatch", expected: latest.key, actual: fingerprint });
  }
  const ids = [...byId.keys()].sort((a, b) => a - b);
  let next = 0; // ids[next] is the first checkpointed id not yet passed

  const walker = createChainWalker(key);
  const finish = (verdict: AuditVerdict) => {
    report.legacy = walker.legacy;
    report.algs = { ...walker.algs };
    return done(verdict);
  };
  for (const row of prepared(sqlite, `${AUDIT_SELECT} order by id`).iterate() as Iterable<AuditChainRow>) {
    const prevId = walker.lastId;
    const fault = walker.push(row);
    if (fault) {
      if (walker.count === 0 && walker.legacy === 0 && fault.kind === "hash") {
        report.notes.push("从第一条记录起就不符：如果所有记录都不符，多半是用错了密钥文件");
      }
      return finish({ ok: false, kind: "row", fault });
    }
    let missing: number | null = null;
    while (next < ids.length && ids[next]! < row.id) missing = ids[next++]!;
    if (missing !== null) return finish({ ok: false, kind: "truncated", lastId: prevId, checkpointId: missing });
    if (ids[next] === row.id) {
      next += 1;
      if (byId.get(row.id)!.some((cp) => cp.hash !== row.hash)) return finish({ ok: false, kind: "checkpoint-mismatch", id: row.id, at: row.at });
    }
  }
  const fault = walker.finish();
  if (fault) return finish({ ok: false, kind: "row", fault });
  if (next < ids.length) return finish({ ok: false, kind: "truncated", lastId: walker.lastId, checkpointId: ids[ids.length - 1]! });
  const chained = Object.values(walker.algs).reduce((a, b) => a + b, 0);
  if (state.checkpointFile && chained > 0 && report.checkpoints === 0) {
    return finish({ ok: false, kind: "no-checkpoint", file: state.checkpointFile });
  }
  if (walker.legacy) report.notes.push(`其中 ${walker.legacy} 条早于哈希链（迁移 0003 之前写入），由其后第一条带哈希的记录担保`);
  return finish({ ok: true, count: walker.count, lastId: walker.lastId });
}
