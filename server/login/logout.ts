import type { Db } from "@/db/client";
import { revokeSession } from "@/db/mutations/sessions";
import { audit } from "../kernel/audit";
import type { CurrentUser } from "../kernel/caller";

/** Ends the user's server-side session (so the cookie is worthless even if kept), audited as a logout. */
export function endSession(db: Db, user: CurrentUser, where: { at: number; ip: string | null }): void {
  revokeSession(db, user.sid, where.at, "logout");
  audit(db, { at: where.at, userId: user.id, username: user.username, ip: where.ip, action: "logout", targetType: "session", targetId: user.sid });
}
