import { ROLE_NAMES } from "@/lib/authz";
import type { ReadContext } from "../kernel/read";
import { getSecurityPolicy } from "../security/policy";

/** The signed-in user's own account page: who they are, their roles, whether 动态口令 is on. */
export function loadAccountPage(ctx: ReadContext) {
  const { user } = ctx;
  return {
    username: user.username,
    displayName: user.displayName,
    orgName: user.orgName,
    roles: user.grants.map((g) => ROLE_NAMES[g.role]),
    totpEnabled: user.totpEnabled,
  };
}

/** The password change page (open while the initial password must still be changed): the policy's minimum length. */
export function loadPasswordPage(ctx: ReadContext) {
  return { mustChangePassword: ctx.user.mustChangePassword, displayName: ctx.user.displayName, minLength: getSecurityPolicy(ctx.db).minLength };
}
