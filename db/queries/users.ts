import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { organisations, type User, users } from "../schema";

/** The user with this username (exact match), or null. Includes the password hash: keep it server-side. */
export function getUserByUsername(db: Db, username: string): User | null {
  return db.select().from(users).where(eq(users.username, username)).get() ?? null;
}

/** The user with this id, or null. */
export function getUserById(db: Db, id: number): User | null {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

export type UserListRow = Pick<User, "id" | "username" | "displayName" | "orgId" | "disabled" | "mustChangePassword" | "totpEnabled" | "lockedUntil" | "lastLoginAt"> & {
  orgCode: string;
  orgName: string;
};

/** Users (no secrets), optionally only those of some units, ordered by unit code then username. */
export function listUsers(db: Db, orgIds?: readonly number[]): UserListRow[] {
  const q = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      orgId: users.orgId,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
      totpEnabled: users.totpEnabled,
      lockedUntil: users.lockedUntil,
      lastLoginAt: users.lastLoginAt,
      orgCode: organisations.code,
      orgName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId));
  const filtered = orgIds ? q.where(inArray(users.orgId, [...orgIds])) : q;
  return filtered.orderBy(asc(organisations.code), asc(users.username)).all();
}
