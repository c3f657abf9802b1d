import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import {
  type AuditCheckpoint,
  type AuditRowFields,
  auditChainId,
  auditKeyFingerprint,
  auditRowHash,
  chainTip,
  GENESIS_HASH,
} from "@/lib/audit";
import { appendCheckpointLine } from "../audit/checkpoints";
import { AuditKeyError, createAuditKeyFile, readAuditKeyFile } from "../audit/key";
import { AUDIT_SELECT } from "../audit/rows";
import { type AuditState, auditState } from "../audit/settings";
import type { Db } from "../client";
import { prepared } from "../prepared";
import type { AuditEntry } from "../schema";

export type AuditInput = {
  userId?: number | null;
  username?: string | null;
  ip?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  /** Serialised as JSON; bigints are written as decimal strings. */
  detail?: unknown;
  /** When it happened (epoch ms); the app passes its clock, the CLI leaves it to now. */
  at?: number;
};

/**
 * Appends one audit entry, chained: in one IMMEDIATE transaction (a savepoint inside the
 * caller's), it reads the last row, computes `hash = HMAC(key, prevHash || canonical(row))` with
 * the connection's algorithm (NIANBAO_AUDIT_HASH) and inserts the row with the next id. After the
 * commit it appends a checkpoint line outside the database. The log is append-only: triggers
 * refuse UPDATE and DELETE, and nothing in db/ tries.
 *
 * Throws AuditKeyError when the key file is missing although chained rows exist (a new key would
 * orphan them) or is malformed; on a database without chained rows, the key file is created.
 */
export function appendAudit(db: Db, input: AuditInput): AuditEntry {
  const sqlite = db.$client;
  const state = auditState(sqlite);
  const outer = sqlite.inTransaction;
  const { entry, checkpoint } = appendTransaction(sqlite).immediate(state, input, input.at ?? Date.now());
  if (checkpoint) recordCheckpoint(sqlite, state, checkpoint, outer);
  return entry;
}

type Appended = { entry: AuditEntry; checkpoint: AuditCheckpoint | null };
type AppendFn = (state: AuditState, input: AuditInput, at: number) => Appended;

const transactions = new WeakMap<Database.Database, Database.Transaction<AppendFn>>();

function appendTransaction(sqlite: Database.Database): Database.Transaction<AppendFn> {
  let tx = transactions.get(sqlite);
  if (!tx) {
    tx = sqlite.transaction<AppendFn>((state, input, at) => appendRow(sqlite, state, input, at));
    transactions.set(sqlite, tx);
  }
  return tx;
}

function appendRow(sqlite: Database.Database, state: AuditState, input: AuditInput, at: number): Appended {
  const last = prepared(sqlite, `${AUDIT_SELECT} order by id desc limit 1`).get() as AuditEntry | undefined;
  const seq = prepared(sqlite, "select seq from sqlite_sequence where name = 'audit_log'").pluck(true).get() as number | undefined;
  const id = Math.max(seq ?? 0, last?.id ?? 0) + 1;
  const key = appendKey(sqlite, state);
  // A last row without a hash is a legacy row (before migration 0003): fold them all in once.
  const prevHash = !last ? GENESIS_HASH : (last.hash ?? chainTip(key, prepared(sqlite, `${AUDIT_SELECT} order by id`).iterate() as Iterable<AuditEntry>));
  const row: AuditRowFields = {
    id,
    at,
    userId: input.userId ?? null,
    username: input.username ?? null,
    ip: input.ip ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId == null ? null : String(input.targetId),
    detailJson:
      input.detail === undefined
        ? null
        : JSON.stringify(input.detail, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
    prevHash,
    hashAlg: state.alg,
  };
  const hash = auditRowHash(state.alg, key, prevHash, row);
  prepared(
    sqlite,
    `insert into audit_log (id, at, user_id, username, ip, action, target_type, target_id, detail_json, prev_hash, hash, hash_alg)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, at, row.userId, row.username, row.ip, row.action, row.targetType, row.targetId, row.detailJson, prevHash, hash, state.alg);
  const entry: AuditEntry = { ...row, hash };
  if (!state.checkpointFile) return { entry, checkpoint: null };
  const first = last ? (prepared(sqlite, `${AUDIT_SELECT} order by id limit 1`).get() as AuditEntry) : entry;
  return { entry, checkpoint: { chain: auditChainId(first), id, at, hash, key: auditKeyFingerprint(key) } };
}

/** The connection's key: explicit, read from the key file, created if the log has no chained row yet, or (`:memory:`) random. */
function appendKey(sqlite: Database.Database, state: AuditState): Buffer {
  if (state.key) return state.key;
  if (!state.keyFile) return (state.key = randomBytes(32));
  const read = readAuditKeyFile(state.keyFile);
  if (read.ok) return (state.key = read.key);
  if (read.reason === "invalid") throw new AuditKeyError(`审计密钥文件格式不对（应为 64 位十六进制数字）：${state.keyFile}`);
  const chained = prepared(sqlite, "select 1 from audit_log where hash is not null limit 1").pluck(true).get();
  if (chained) {
    throw new AuditKeyError(
      `审计密钥文件不存在：${state.keyFile}。审计日志已有带哈希的记录，新密钥会使它们无法校验；请恢复原密钥文件（或用 NIANBAO_AUDIT_KEY_FILE 指向它）。`,
    );
  }
  return (state.key = createAuditKeyFile(state.keyFile));
}

/**
 * Checkpoints describe committed rows only. Outside a caller's transaction the row is committed
 * when appendTransaction returns; inside one, the line waits for a microtask (better-sqlite3
 * transactions are synchronous, so the caller's has committed or rolled back by then) and is
 * written only if the row is there. A checkpoint that is never written weakens detection of a
 * cut until the next append; it never raises a false alarm.
 */
function recordCheckpoint(sqlite: Database.Database, state: AuditState, cp: AuditCheckpoint, outer: boolean): void {
  if (!outer) {
    writeCheckpoint(state, cp);
    return;
  }
  state.pending.push(cp);
  if (!state.flushScheduled) {
    state.flushScheduled = true;
    queueMicrotask(() => flushPending(sqlite, state, 0));
  }
}

function flushPending(sqlite: Database.Database, state: AuditState, attempt: number): void {
  if (sqlite.open && sqlite.inTransaction && attempt < 200) {
    // A transaction opened with a raw BEGIN across awaits: wait for it to end.
    setTimeout(() => flushPending(sqlite, state, attempt + 1), 5).unref();
    return;
  }
  state.flushScheduled = false;
  const pending = state.pending.splice(0);
  if (!sqlite.open || sqlite.inTransaction) return;
  const hashOf = prepared(sqlite, "select hash from audit_log where id = ?").pluck(true);
  for (const cp of pending) if (hashOf.get(cp.id) === cp.hash) writeCheckpoint(state, cp);
}

/**
 * Writes now the checkpoints still waiting for a transaction to end, when none is open: for a
 * caller that ran a raw BEGIN … COMMIT across awaits (the CLI's `user:create --role`) and may
 * close the connection right after, before the deferred flush would run.
 */
export function flushAuditCheckpoints(db: Db): void {
  const sqlite = db.$client;
  const state = auditState(sqlite);
  if (state.pending.length && sqlite.open && !sqlite.inTransaction) flushPending(sqlite, state, 0);
}

function writeCheckpoint(state: AuditState, cp: AuditCheckpoint): void {
  try {
    appendCheckpointLine(state.checkpointFile!, cp);
  } catch (err) {
    // The row is committed; a later checkpoint covers it too. audit:verify reports a chain without any.
    console.error(`审计检查点写入失败（${state.checkpointFile}）：${(err as Error).message}`);
  }
}
