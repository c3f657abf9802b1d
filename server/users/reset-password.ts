import type { Db } from "@/db/client";
import { passwordProblems } from "@/lib/security";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { resetPasswordSchema } from "@/lib/validation/user";
import { setPasswordHash } from "@/db/mutations/users";
import { revokeUserSessions } from "@/db/mutations/sessions";
import { defineCommand } from "../kernel/command";
import { getSecurityPolicy } from "../security/policy";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { requireUserRow, userTarget } from "./target";

/** Built when the command runs, from the policy stored in the database it runs against. */
const schema = (db: Db) => resetPasswordSchema(getSecurityPolicy(db));

/**
 * Sets a new initial password: the user must change it at next login, all their sessions end
 * and a lockout is lifted.
 */
export const resetUserPassword = defineCommand({
  name: "user.reset_password",
  schema,
  permission: (input, ctx) => ({ action: "user.manage", target: userTarget(ctx.db, input.id) }),
  async run(input, ctx) {
    const user = requireUserRow(ctx.db, input.id);
    const sameAsPrevious = await verifyPassword(user.passwordHash, input.password);
    refuseIf(passwordProblems({ password: input.password, username: user.username, sameAsPrevious }, getSecurityPolicy(ctx.db)), "password");
    const passwordHash = await hashPassword(input.password);
    return atomically(ctx.db, () => {
      setPasswordHash(ctx.db, user.id, passwordHash, { mustChange: true, at: ctx.realNow });
      const sessionsEnded = revokeUserSessions(ctx.db, user.id, ctx.realNow, "password_reset");
      auditChange(ctx, {
        action: "user.reset_password",
        targetType: "user",
        targetId: user.id,
        before: { username: user.username, mustChangePassword: user.mustChangePassword, lockedUntil: user.lockedUntil, failedLogins: user.failedLogins },
        after: { username: user.username, mustChangePassword: true, lockedUntil: null, failedLogins: 0 },
        extra: { sessionsEnded },
      });
      return { id: user.id, sessionsEnded };
    });
  },
});
