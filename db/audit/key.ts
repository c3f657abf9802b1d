import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { AUDIT_KEY_BYTES } from "@/lib/audit";

/** The audit key is missing or unreadable where the chain needs it (appendAudit refuses to go on). */
export class AuditKeyError extends Error {}

export type AuditKeyRead = { ok: true; key: Buffer } | { ok: false; reason: "missing" | "invalid" };

const HEX_KEY = new RegExp(`^[0-9a-fA-F]{${AUDIT_KEY_BYTES * 2}}$`);

/** A key given in code (tests, `:memory:`): bytes, or hex as in the key file. */
export function parseAuditKey(key: Uint8Array | string): Buffer {
  if (typeof key === "string") {
    if (!HEX_KEY.test(key.trim())) throw new AuditKeyError(`审计密钥应为 ${AUDIT_KEY_BYTES * 2} 位十六进制数字`);
    return Buffer.from(key.trim(), "hex");
  }
  if (key.length !== AUDIT_KEY_BYTES) throw new AuditKeyError(`审计密钥应为 ${AUDIT_KEY_BYTES} 字节`);
  return Buffer.from(key);
}

/** The key file holds the key as 64 hex digits (surrounding whitespace ignored). */
export function readAuditKeyFile(file: string): AuditKeyRead {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { ok: false, reason: "missing" };
    throw err;
  }
  const hex = text.trim();
  return HEX_KEY.test(hex) ? { ok: true, key: Buffer.from(hex, "hex") } : { ok: false, reason: "invalid" };
}

/**
 * Creates the key file with 32 random bytes, mode 0600, unless another process got there first
 * (then its key is read). Written to a temporary file and hard-linked into place, so a reader
 * never sees a half-written key.
 */
export function createAuditKeyFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(AUDIT_KEY_BYTES);
  const text = key.toString("hex") + "\n";
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(tmp, file);
    return key;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EEXIST") {
      // A filesystem without hard links: exclusive create instead.
      try {
        fs.writeFileSync(file, text, { mode: 0o600, flag: "wx" });
        return key;
      } catch (err2) {
        if ((err2 as NodeJS.ErrnoException).code !== "EEXIST") throw err2;
      }
    }
    const existing = readAuditKeyFile(file);
    if (!existing.ok) throw new AuditKeyError(`审计密钥文件格式不对（应为 ${AUDIT_KEY_BYTES * 2} 位十六进制数字）：${file}`);
    return existing.key;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
