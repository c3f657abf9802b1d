import "server-only";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * `Algorithm.Argon2id` (= 2). The package declares `Algorithm` as an ambient const enum, which
 * `isolatedModules` cannot read, so the value is written out and checked against the type.
 */
const ARGON2ID: Algorithm.Argon2id = 2;

/** Argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1), as OWASP recommends. */
const options = { algorithm: ARGON2ID } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** False for a wrong password and for a hash that cannot be parsed (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password, options);
  } catch {
    return false;
  }
}
