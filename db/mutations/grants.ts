import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type RoleGrant, roleGrants } from "../schema";

/** Inserts a grant (rules are checked in lib/authz/grant-policy before this is called). */
export function addGrant(db: Db, input: { userId: number; role: string; orgId: number; grantedBy: number | null; at: number }): RoleGrant {
  return db
    .insert(roleGrants)
    .values({ userId: input.userId, role: input.role, orgId: input.orgId, grantedBy: input.grantedBy, grantedAt: input.at })
    .returning()
    .get();
}

export function removeGrant(db: Db, id: number): boolean {
  return db.delete(roleGrants).where(eq(roleGrants.id, id)).run().changes === 1;
}
