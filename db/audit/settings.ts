import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { type AuditCheckpoint, type AuditHashAlg, DEFAULT_AUDIT_HASH_ALG, isAuditHashAlg } from "@/lib/audit";
import type { Db } from "../client";
import { parseAuditKey } from "./key";

export const AUDIT_KEY_FILE_NAME = "audit.key";
export const AUDIT_CHECKPOINT_FILE_NAME = "audit.checkpoints";
/**
 * Beside the database, the path of a key kept elsewhere (written by `npm run setup`): it tells
 * where the key is, not what it is, so a copy of the data folder still lacks the key.
 */
export const AUDIT_KEY_LOCATION_FILE_NAME = "audit-key.location";

/** Explicit settings for one connection (tests, `:memory:`); anything left out comes from the env. */
export type AuditSettingsInput = {
  /** The key itself (bytes or 64 hex digits); wins over keyFile. */
  key?: Uint8Array | string;
  keyFile?: string;
  /** null: write no checkpoints. */
  checkpointFile?: string | null;
  alg?: AuditHashAlg;
};

/** What a connection appends and verifies with. The key is read lazily (db/mutations/audit). */
export type AuditState = {
  keyFile: string | null;
  key: Buffer | null;
  checkpointFile: string | null;
  alg: AuditHashAlg;
  /** Checkpoints of rows appended inside a caller's transaction, written once it has committed. */
  pending: AuditCheckpoint[];
  flushScheduled: boolean;
};

type Env = Record<string, string | undefined>;

/** NIANBAO_AUDIT_HASH=sha256|sm3 (default sha256): the algorithm of new rows. */
export function resolveAuditAlg(env: Env = process.env): AuditHashAlg {
  const value = env.NIANBAO_AUDIT_HASH?.trim().toLowerCase();
  if (!value) return DEFAULT_AUDIT_HASH_ALG;
  if (!isAuditHashAlg(value)) throw new Error(`NIANBAO_AUDIT_HASH 只能是 sha256 或 sm3：${env.NIANBAO_AUDIT_HASH}`);
  return value;
}

/**
 * Where the key and the checkpoints live. The rule:
 * - NIANBAO_AUDIT_KEY_FILE / NIANBAO_AUDIT_CHECKPOINT_FILE, resolved against the working
 *   directory (as NIANBAO_DB is), win;
 * - otherwise the path written in `audit-key.location` beside the database (npm run setup asks
 *   where to keep the key, outside the data folder by default);
 * - otherwise the key is `audit.key` in the database file's folder (data/audit.key for the
 *   default data/nianbao.db: the demo's way, warned about by npm start and audit:verify);
 * - the checkpoints are `audit.checkpoints` next to the key;
 * - a `:memory:` database has neither: its key is random per connection and it keeps no
 *   checkpoints (it disappears with the connection), unless the env or configureAudit names them.
 */
export function resolveAuditFiles(
  dbFile: string | null,
  env: Env = process.env,
): { keyFile: string | null; checkpointFile: string | null } {
  const fromEnv = (name: string) => {
    const v = env[name]?.trim();
    return v ? path.resolve(process.cwd(), v) : null;
  };
  const dbDir = dbFile ? path.dirname(path.resolve(dbFile)) : null;
  const keyFile = fromEnv("NIANBAO_AUDIT_KEY_FILE") ?? (dbDir ? (keyLocation(dbDir) ?? path.join(dbDir, AUDIT_KEY_FILE_NAME)) : null);
  const checkpointFile =
    fromEnv("NIANBAO_AUDIT_CHECKPOINT_FILE") ?? (keyFile ? path.join(path.dirname(keyFile), AUDIT_CHECKPOINT_FILE_NAME) : null);
  return { keyFile, checkpointFile };
}

/** The path in `audit-key.location` beside the database, if that file exists and names one. */
function keyLocation(dbDir: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dbDir, AUDIT_KEY_LOCATION_FILE_NAME), "utf8").trim();
  } catch {
    return null;
  }
  return text ? path.resolve(dbDir, text) : null;
}

/** Whether the key sits in the database's own folder: whoever copies that folder can then rewrite the chain. */
export function auditKeyBesideDatabase(dbFile: string, env: Env = process.env): boolean {
  const { keyFile } = resolveAuditFiles(dbFile, env);
  return keyFile !== null && path.dirname(keyFile) === path.dirname(path.resolve(dbFile));
}

const states = new WeakMap<Database.Database, AuditState>();

function clientOf(target: Db | Database.Database): Database.Database {
  return "$client" in target ? target.$client : target;
}

/** Sets a connection's audit settings explicitly (tests; a `:memory:` database with a known key). */
export function configureAudit(target: Db | Database.Database, input: AuditSettingsInput): void {
  const sqlite = clientOf(target);
  const defaults = resolveAuditFiles(sqlite.memory ? null : sqlite.name);
  const key = input.key !== undefined ? parseAuditKey(input.key) : null;
  const keyFile = key ? null : input.keyFile !== undefined ? path.resolve(process.cwd(), input.keyFile) : defaults.keyFile;
  let checkpointFile: string | null;
  if (input.checkpointFile !== undefined) checkpointFile = input.checkpointFile && path.resolve(process.cwd(), input.checkpointFile);
  else if (key) checkpointFile = null;
  else if (input.keyFile !== undefined) checkpointFile = path.join(path.dirname(keyFile!), AUDIT_CHECKPOINT_FILE_NAME);
  else checkpointFile = defaults.checkpointFile;
  states.set(sqlite, { keyFile, key, checkpointFile, alg: input.alg ?? resolveAuditAlg(), pending: [], flushScheduled: false });
}

/** The connection's settings: explicit ones, else resolved once from the env and its file name. */
export function auditState(target: Db | Database.Database): AuditState {
  const sqlite = clientOf(target);
  let state = states.get(sqlite);
  if (!state) {
    const { keyFile, checkpointFile } = resolveAuditFiles(sqlite.memory ? null : sqlite.name);
    state = { keyFile, key: null, checkpointFile, alg: resolveAuditAlg(), pending: [], flushScheduled: false };
    states.set(sqlite, state);
  }
  return state;
}
