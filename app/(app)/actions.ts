"use server";

import { signOut } from "@/auth";
import { endCurrentSession } from "@/server/next/end-session";

/** Ends the server-side session (so the cookie is worthless even if kept) and clears the cookie. */
export async function logout(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/login" });
}
