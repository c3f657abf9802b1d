import { type AuditRowFields, canonicalAuditRow } from "./canonical";
import { type AuditHashAlg, GENESIS_HASH, hmacHex, isAuditHashAlg } from "./hmac";

/** A stored audit row: its hashed fields plus the hash itself. */
export type AuditChainRow = AuditRowFields & { hash: string | null };

/** The first thing wrong with a chain, at one row. */
export type AuditChainFault =
  /** The row's hash is not the HMAC of its own content: the row (or its hash) was changed. */
  | { kind: "hash"; id: number; at: number }
  /** The row is intact but its prevHash is not the previous row's hash: rows before it went missing or changed. */
  | { kind: "link"; id: number; at: number; prevId: number | null }
  /** A row without a hash where one is required. */
  | { kind: "missing-hash"; id: number; at: number }
  /** A hashAlg this version does not know. */
  | { kind: "unknown-alg"; id: number; at: number; alg: string | null };

/**
 * `HMAC(key, prevHash || canonical(row))`. `row.prevHash` is part of the canonical text too; the
 * prefix is the value being chained to (for a legacy row it differs from the stored null).
 */
export function auditRowHash(alg: AuditHashAlg, key: Uint8Array, prevHash: string, row: AuditRowFields): string {
  return hmacHex(alg, key, prevHash + canonicalAuditRow(row));
}

/**
 * A legacy row was written before the chain existed (migration 0003): no hash, no prevHash, no
 * hashAlg. Legacy rows may only lead the table; the first chained row is chained to a virtual
 * HMAC-SHA256 chain over them, so they are protected from then on.
 */
export function isLegacyRow(row: AuditChainRow): boolean {
  return row.hash === null && row.prevHash === null && row.hashAlg === null;
}

/** The value the next row chains to, after `rows` (trusting stored hashes; legacy rows folded in). */
export function chainTip(key: Uint8Array, rows: Iterable<AuditChainRow>): string {
  let tip = GENESIS_HASH;
  for (const row of rows) tip = row.hash ?? auditRowHash("sha256", key, tip, row);
  return tip;
}

export type AuditChainWalker = {
  /** Checks the next row (in id order); returns the fault at this row, or null. */
  push(row: AuditChainRow): AuditChainFault | null;
  /** After the last row: a table of legacy rows only was never chained, which is a fault. */
  finish(): AuditChainFault | null;
  readonly count: number;
  readonly legacy: number;
  readonly lastId: number | null;
  readonly algs: Readonly<Record<string, number>>;
};

/** Walks a chain row by row (the database streams rows through it); stop at the first fault. */
export function createChainWalker(key: Uint8Array): AuditChainWalker {
  let tip = GENESIS_HASH;
  let chained = false;
  let prevId: number | null = null;
  let firstLegacy: { id: number; at: number } | null = null;
  let count = 0;
  let legacy = 0;
  const algs: Record<string, number> = {};

  function check(row: AuditChainRow): AuditChainFault | null {
    const where = { id: row.id, at: row.at };
    if (!chained && isLegacyRow(row)) {
      tip = auditRowHash("sha256", key, tip, row);
      firstLegacy ??= where;
      legacy += 1;
      return null;
    }
    if (row.hash === null) return { kind: "missing-hash", ...where };
    if (!isAuditHashAlg(row.hashAlg)) return { kind: "unknown-alg", ...where, alg: row.hashAlg };
    if (row.prevHash === null || auditRowHash(row.hashAlg, key, row.prevHash, row) !== row.hash) return { kind: "hash", ...where };
    if (row.prevHash !== tip) return { kind: "link", ...where, prevId };
    tip = row.hash;
    chained = true;
    algs[row.hashAlg] = (algs[row.hashAlg] ?? 0) + 1;
    return null;
  }

  return {
    push(row) {
      const fault = check(row);
      if (!fault) {
        count += 1;
        prevId = row.id;
      }
      return fault;
    },
    finish() {
      return !chained && firstLegacy ? { kind: "missing-hash", ...firstLegacy } : null;
    },
    get count() {
      return count;
    },
    get legacy() {
      return legacy;
    },
    get lastId() {
      return prevId;
    },
    get algs() {
      return algs;
    },
  };
}

/** Checks a whole chain held in memory; the first fault, or the row count and last id. */
export function verifyChain(
  key: Uint8Array,
  rows: Iterable<AuditChainRow>,
): { ok: true; count: number; lastId: number | null } | { ok: false; fault: AuditChainFault } {
  const walker = createChainWalker(key);
  for (const row of rows) {
    const fault = walker.push(row);
    if (fault) return { ok: false, fault };
  }
  const fault = walker.finish();
  return fault ? { ok: false, fault } : { ok: true, count: walker.count, lastId: walker.lastId };
}

/** Chains rows as `appendAudit` would, one algorithm per row (tests and tools). */
export function buildChain(
  key: Uint8Array,
  rows: readonly (Omit<AuditRowFields, "prevHash" | "hashAlg"> & { hashAlg: AuditHashAlg })[],
): AuditChainRow[] {
  let prevHash = GENESIS_HASH;
  return rows.map((input) => {
    const row = { ...input, prevHash };
    const hash = auditRowHash(input.hashAlg, key, prevHash, row);
    prevHash = hash;
    return { ...row, hash };
  });
}
