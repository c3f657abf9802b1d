"use server";

import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { now } from "@/server/kernel/clock";
import { endSession } from "@/server/login/logout";
import { getUser } from "@/server/next/guards";
import { requestInfo } from "@/server/next/request-info";

/**
 * Ends the server-side session (so the cookie is worthless even if kept) and clears the cookie.
 * Special, like login: it runs for whoever holds the session, with no command to guard.
 */
export async function logout(): Promise<void> {
  const user = await getUser();
  if (user) endSession(getDb(), user, { at: now(), ip: (await requestInfo()).ip });
  await signOut({ redirectTo: "/login" });
}
