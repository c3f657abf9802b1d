import { type AuditRowFields, canonicalAuditRow } from "./canonical";
import { sha256Hex } from "./hmac";

/**
 * One line of the checkpoint file, written after every append: the newest row of one chain as
 * it was when written. `key` is the key's fingerprint, so a verifier can tell a wrong key file
 * from edited rows.
 */
export type AuditCheckpoint = { chain: string; id: number; at: number; hash: string; key: string };

/**
 * A chain is named by its first row (id and a digest of its content), so that several databases
 * can share a checkpoint file (data/ holds nianbao.db and e2e.db) and a database deleted and
 * loaded again starts a new chain instead of looking truncated.
 */
export function auditChainId(firstRow: AuditRowFields): string {
  return `${firstRow.id}-${sha256Hex(canonicalAuditRow(firstRow)).slice(0, 16)}`;
}

export function formatCheckpoint(cp: AuditCheckpoint): string {
  return JSON.stringify({ chain: cp.chain, id: cp.id, at: cp.at, hash: cp.hash, key: cp.key }) + "\n";
}

function isCheckpoint(value: unknown): value is AuditCheckpoint {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.chain === "string" &&
    Number.isSafeInteger(v.id) &&
    typeof v.at === "number" &&
    typeof v.hash === "string" &&
    typeof v.key === "string"
  );
}

/**
 * The checkpoint lines of a file, in file order. A line that does not parse (a write cut short
 * by a crash) is counted and skipped.
 */
export function parseCheckpoints(text: string): { checkpoints: AuditCheckpoint[]; malformed: number } {
  const checkpoints: AuditCheckpoint[] = [];
  let malformed = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (isCheckpoint(value)) checkpoints.push(value);
    else malformed += 1;
  }
  return { checkpoints, malformed };
}
