import "server-only";
import type { Action, Target } from "@/lib/authz";
import { getDb } from "@/db/client";
import type { CurrentUser } from "../kernel/caller";
import { can as canOn } from "../kernel/can";
import { lookupSession } from "./current-user";

export const PASSWORD_CHANGE_PATH = "/account/password";

/** The signed-in user, or null (anonymous, revoked, idle or disabled). */
export async function getUser(): Promise<CurrentUser | null> {
  return (await lookupSession()).user;
}

/** `authorize` against today's tree, for the request's database. */
export function can(user: CurrentUser, action: Action, target: Target): boolean {
  return canOn(getDb(), user, action, target);
}
