import type { Grant, Role } from "@/lib/authz";
import type { Db } from "@/db/client";
import { listGrantsForUser } from "@/db/queries/grants";

/** A user's grants as lib/authz reads them. */
export function grantsOf(db: Db, userId: number): Grant[] {
  return listGrantsForUser(db, userId).map((g) => ({ role: g.role as Role, orgId: g.orgId }));
}
