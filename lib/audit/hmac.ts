import { createHash, createHmac } from "node:crypto";
import { sm3 } from "sm-crypto";

export const AUDIT_HASH_ALGS = ["sha256", "sm3"] as const;
export type AuditHashAlg = (typeof AUDIT_HASH_ALGS)[number];
export const DEFAULT_AUDIT_HASH_ALG: AuditHashAlg = "sha256";

/** The `prevHash` of the first row of every chain: 32 zero bytes in hex. */
export const GENESIS_HASH = "0".repeat(64);

/** The key is 32 bytes; the key file holds them as 64 hex digits. */
export const AUDIT_KEY_BYTES = 32;

export function isAuditHashAlg(value: unknown): value is AuditHashAlg {
  return typeof value === "string" && (AUDIT_HASH_ALGS as readonly string[]).includes(value);
}

/**
 * HMAC of the UTF-8 bytes of `message`, as 64 lowercase hex digits. SM3 comes from sm-crypto
 * (`sm3(bytes, { key, mode: "hmac" })`); it is given bytes, not a string, because its own UTF-8
 * encoder gets code points above U+3FFFF wrong.
 */
export function hmacHex(alg: AuditHashAlg, key: Uint8Array, message: string): string {
  if (alg === "sha256") return createHmac("sha256", key).update(message, "utf8").digest("hex");
  return sm3(Buffer.from(message, "utf8"), { key: Buffer.from(key), mode: "hmac" });
}

/** A short public name for a key (safe to print and to store next to checkpoints). */
export function auditKeyFingerprint(key: Uint8Array): string {
  return createHmac("sha256", key).update("nianbao-audit-key-fingerprint").digest("hex").slice(0, 16);
}

/** Plain SHA-256 in hex (not keyed): names a chain by its first row. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
