"use server";

import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { revokeSession } from "@/db/mutations/sessions";
import { audit } from "@/server/kernel/audit";
import { now } from "@/server/kernel/clock";
import { getUser } from "@/server/next/guards";
import { requestInfo } from "@/server/next/request-info";

/**
 * Ends the server-side session (so the cookie is worthless even if kept) and clears the cookie.
 * Special, like login: it runs for whoever holds the session, with no command to guard.
 */
export async function logout(): Promise<void> {
  const user = await getUser();
  if (user) {
    const db = getDb();
    const at = now();
    revokeSession(db, user.sid, at, "logout");
    audit(db, { at, userId: user.id, username: user.username, ip: (await requestInfo()).ip, action: "logout", targetType: "session", targetId: user.sid });
  }
  await signOut({ redirectTo: "/login" });
}
