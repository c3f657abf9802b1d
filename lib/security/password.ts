import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * `Algorithm.Argon2id` (= 2). The package declares `Algorithm` as an ambient const enum, which
 * `isolatedModules` cannot read, so the value is written out and checked against the type.
 */
const ARGON2ID: Algorithm.Argon2id = 2;

/** Argon2id with OWASP's second recommended profile (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a hash that cannot be parsed (never throws on user input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
