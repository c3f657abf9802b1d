import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { organisations, roleGrants, users } from "../schema";

/** The columns of a grant with the node it is on (joined organisations). */
const grantColumns = {
  id: roleGrants.id,
  userId: roleGrants.userId,
  role: roleGrants.role,
  orgId: roleGrants.orgId,
  orgCode: organisations.code,
  orgName: organisations.name,
  grantedAt: roleGrants.grantedAt,
};

export type GrantRow = { id: number; userId: number; role: string; orgId: number; orgCode: string; orgName: string; grantedAt: number };

/** A user's grants with the node each is on. */
export function listGrantsForUser(db: Db, userId: number): GrantRow[] {
  return db
    .select(grantColumns)
    .from(roleGrants)
    .innerJoin(organisations, eq(organisations.id, roleGrants.orgId))
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.role))
    .all();
}

export type GrantListRow = GrantRow & { username: string; displayName: string };

/** Every grant, for the security administrator's page. */
export function listAllGrants(db: Db): GrantListRow[] {
  return db
    .select({ ...grantColumns, username: users.username, displayName: users.displayName })
    .from(roleGrants)
    .innerJoin(organisations, eq(organisations.id, roleGrants.orgId))
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .orderBy(asc(users.username), asc(roleGrants.role))
    .all();
}

export function getGrant(db: Db, id: number): GrantRow | null {
  return (
    db
      .select(grantColumns)
      .from(roleGrants)
      .innerJoin(organisations, eq(organisations.id, roleGrants.orgId))
      .where(eq(roleGrants.id, id))
      .get() ?? null
  );
}

/** How many active (not disabled) users hold a role, e.g. to keep the last 安全管理员. */
export function countActiveHolders(db: Db, role: string): number {
  return db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.role, role), eq(users.disabled, false)))
    .all().length;
}
