import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { LOGIN_PATH, type SessionUser } from "@/auth.config";
import { getDb } from "@/db/client";
import { getUserById } from "@/db/queries/users";

/**
 * The logged-in user, or null. The JWT is checked against the database on every call, so a
 * user who was disabled or deleted after logging in loses access at once.
 */
export async function getUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.username || user.orgId === undefined) return null;
  const id = Number(user.id);
  if (!Number.isSafeInteger(id)) return null;
  const row = getUserById(getDb(), id);
  if (!row || row.username !== user.username || row.disabled) return null;
  return { id: user.id, username: row.username, displayName: row.displayName, orgId: row.orgId };
}

/** The logged-in user; an anonymous visitor is sent to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getUser();
  if (!user) redirect(LOGIN_PATH);
  return user;
}
