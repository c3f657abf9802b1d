"use server";

import { signOut } from "@/auth";
import { getUser } from "@/app/_server/guards";
import { audit } from "@/app/_server/audit";
import { now } from "@/app/_server/clock";
import { getDb } from "@/db/client";
import { revokeSession } from "@/db/mutations/sessions";

/** Ends the server-side session (so the cookie is worthless even if kept) and clears the cookie. */
export async function logout(): Promise<void> {
  const user = await getUser();
  if (user) {
    revokeSession(getDb(), user.sid, now(), "logout");
    audit({ userId: user.id, username: user.username, action: "logout", targetType: "session", targetId: user.sid });
  }
  await signOut({ redirectTo: "/login" });
}
