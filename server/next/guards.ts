import "server-only";
import type { CurrentUser } from "../kernel/caller";
import { lookupSession } from "./current-user";

export const PASSWORD_CHANGE_PATH = "/account/password";

/** The signed-in user, or null (anonymous, revoked, idle or disabled). */
export async function getUser(): Promise<CurrentUser | null> {
  return (await lookupSession()).user;
}
