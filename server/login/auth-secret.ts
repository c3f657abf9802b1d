import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the generated secret is kept; `data/` is never committed. */
export const AUTH_SECRET_FILE = path.join(process.cwd(), "data", "auth-secret");

/**
 * The secret that signs session cookies: `AUTH_SECRET` when set, otherwise `data/auth-secret`,
 * created with 32 random bytes on first use (so `npm start` works without the scripts).
 */
export function loadAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (!existsSync(AUTH_SECRET_FILE)) {
    mkdirSync(path.dirname(AUTH_SECRET_FILE), { recursive: true });
    try {
      writeFileSync(AUTH_SECRET_FILE, randomBytes(32).toString("base64url") + "\n", { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another worker created it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const secret = readFileSync(AUTH_SECRET_FILE, "utf8").trim();
  if (!secret) throw new Error(`${AUTH_SECRET_FILE} is empty: delete it to generate a new secret`);
  process.env.AUTH_SECRET = secret;
  return secret;
}
