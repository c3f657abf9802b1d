import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Action, Target } from "@/lib/authz";
import { LOGIN_PATH } from "@/auth.config";
import { getDb } from "@/db/client";
import type { CurrentUser } from "../kernel/caller";
import { can as canOn } from "../kernel/can";
import { lookupSession } from "./current-user";

export const PASSWORD_CHANGE_PATH = "/account/password";

/** The signed-in user, or null (anonymous, revoked, idle or disabled). */
export async function getUser(): Promise<CurrentUser | null> {
  return (await lookupSession()).user;
}

/**
 * The signed-in user for a page; anyone else goes to the login page (with a note when the session
 * went idle). A user who must change their password is sent to do that first.
 */
export async function requireUser(opts: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const found = await lookupSession();
  if (!found.user) redirect(found.expired ? `${LOGIN_PATH}?expired=1` : LOGIN_PATH);
  if (found.user.mustChangePassword && !opts.allowPasswordChange) redirect(PASSWORD_CHANGE_PATH);
  return found.user;
}

/** `authorize` against today's tree, for the request's database. */
export function can(user: CurrentUser, action: Action, target: Target): boolean {
  return canOn(getDb(), user, action, target);
}

/** A page the user may open only if allowed; otherwise Next renders app/forbidden.tsx with 403. */
export async function requirePermission(action: Action, target: Target): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action, target)) forbidden();
  return user;
}
