import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/authz";
import type { CurrentUser } from "../kernel/caller";
import { sessionState } from "@/lib/security";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { listGrantsForUser } from "@/db/queries/grants";
import { getOrganisationById } from "@/db/queries/orgs";
import { getSession } from "@/db/queries/sessions";
import { getUserById } from "@/db/queries/users";
import { revokeSession, touchSession } from "@/db/mutations/sessions";
import { now } from "../kernel/clock";
import { audit } from "../kernel/audit";
import { getSecurityPolicy } from "../security/policy";

export type { CurrentUser };

export type SessionLookup = { user: CurrentUser } | { user: null; expired: boolean };

/**
 * The signed-in user of this request, checked against the sessions table: a revoked or idle
 * session (policy.idleMinutes since the last request) ends here, and every request moves the
 * idle clock on. Cached per request.
 */
export const lookupSession = cache(async (): Promise<SessionLookup> => {
  const session = await auth();
  const sid = session?.user?.sid;
  if (!sid) return { user: null, expired: false };
  const db = getDb();
  const row = getSession(db, sid);
  if (!row) return { user: null, expired: false };
  const at = now();
  const state = sessionState(row, at, getSecurityPolicy(db));
  if (state !== "active") {
    if (state !== "revoked") {
      revokeSession(db, sid, at, state);
      audit(db, { at, userId: row.userId, action: "session.expire", targetType: "session", targetId: sid, detail: { reason: state } });
    }
    return { user: null, expired: state !== "revoked" };
  }
  const user = getUserById(db, row.userId);
  if (!user || user.disabled) return { user: null, expired: false };
  touchSession(db, sid, at);
  const grants = listGrantsForUser(db, user.id).map((g) => ({ role: g.role as Role, orgId: g.orgId }));
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      orgId: user.orgId,
      orgName: getOrganisationById(db, user.orgId)?.name ?? "",
      sid,
      mustChangePassword: user.mustChangePassword,
      totpEnabled: user.totpEnabled,
      grants,
      actor: { userId: user.id, orgId: user.orgId, grants, disabled: user.disabled },
    },
  };
});
