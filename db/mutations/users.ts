import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../client";
import { type User, users } from "../schema";

export type CreateUserInput = {
  username: string;
  displayName: string;
  /** Already hashed (lib/ hashes); never a plain password. */
  passwordHash: string;
  orgId: number;
  mustChangePassword?: boolean;
};

/** Inserts a user; a taken username fails with SQLite's UNIQUE constraint error. */
export function createUser(db: Db, input: CreateUserInput): User {
  return db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      orgId: input.orgId,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning()
    .get();
}

export type LoginState = { failedLogins: number; lockedUntil: number | null };

/**
 * Compare-and-set of an account's lockout state: writes `next` only while the row still holds
 * `expected`, so two logins that read the same state cannot both write over each other.
 * True when it wrote.
 */
export function swapLoginState(db: Db, userId: number, expected: LoginState, next: LoginState): boolean {
  const lockedMatches = expected.lockedUntil === null ? isNull(users.lockedUntil) : eq(users.lockedUntil, expected.lockedUntil);
  const result = db
    .update(users)
    .set(next)
    .where(and(eq(users.id, userId), eq(users.failedLogins, expected.failedLogins), lockedMatches))
    .run();
  return result.changes === 1;
}

/** Account lockout state after a login attempt (computed in lib/security/lockout). */
export function setLoginState(db: Db, userId: number, state: { failedLogins: number; lockedUntil: number | null }): void {
  db.update(users).set(state).where(eq(users.id, userId)).run();
}

export function recordLoginSuccess(db: Db, userId: number, at: number): void {
  db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at }).where(eq(users.id, userId)).run();
}

/** Replaces the password hash, keeping the old one so the next change cannot reuse it. */
export function setPasswordHash(db: Db, userId: number, passwordHash: string, opts: { mustChange: boolean; at: number }): void {
  const current = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  db.update(users)
    .set({
      passwordHash,
      previousPasswordHash: current?.hash ?? null,
      mustChangePassword: opts.mustChange,
      passwordChangedAt: opts.at,
      failedLogins: 0,
      lockedUntil: null,
    })
    .where(eq(users.id, userId))
    .run();
}

/** Stores a TOTP secret (pending until `enabled`), or clears it with null. */
export function setTotp(db: Db, userId: number, totp: { secret: string | null; enabled: boolean }): void {
  db.update(users).set({ totpSecret: totp.secret, totpEnabled: totp.enabled, totpLastStep: null }).where(eq(users.id, userId)).run();
}

/**
 * Records the TOTP time step just used; false if it was not newer than the last one (a replay),
 * decided in one statement so two requests cannot both use one code.
 */
export function useTotpStep(db: Db, userId: number, step: number): boolean {
  const r = db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .run();
  return r.changes === 1;
}

export function setUserDisabled(db: Db, userId: number, disabled: boolean): void {
  db.update(users).set({ disabled }).where(eq(users.id, userId)).run();
}

export function updateUserProfile(db: Db, userId: number, profile: { displayName: string; orgId: number }): void {
  db.update(users).set(profile).where(eq(users.id, userId)).run();
}
