import { passwordProblems } from "@/lib/security";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { changePasswordSchema } from "@/lib/validation/account";
import { getUserById } from "@/db/queries/users";
import { setPasswordHash } from "@/db/mutations/users";
import { revokeUserSessions } from "@/db/mutations/sessions";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { accountHolder } from "../kernel/caller";
import { getSecurityPolicy } from "../security/policy";

/**
 * A user changes their own password (also the forced change at first login or after a reset).
 * Every session of the user ends, this one included: they log in again with the new password.
 */
export const changePassword = defineCommand({
  name: "account.password",
  schema: changePasswordSchema,
  permission: "self",
  allowPasswordChange: true,
  async run(input, { user: caller, db, realNow: now, audit }) {
    const user = accountHolder(caller);
    const row = getUserById(db, user.id);
    if (!row) throw invalid("账户不存在");
    if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw invalid("当前密码不正确", { currentPassword: ["当前密码不正确"] });
    }
    const sameAsPrevious =
      (await verifyPassword(row.passwordHash, input.newPassword)) ||
      (row.previousPasswordHash !== null && (await verifyPassword(row.previousPasswordHash, input.newPassword)));
    const problems = passwordProblems({ password: input.newPassword, username: row.username, sameAsPrevious }, getSecurityPolicy(db));
    if (problems.length) throw invalid(problems[0]!, { newPassword: problems });
    setPasswordHash(db, user.id, await hashPassword(input.newPassword), { mustChange: false, at: now });
    const ended = revokeUserSessions(db, user.id, now, "password_change");
    audit({ action: "account.password", targetType: "user", targetId: user.id, detail: { sessionsEnded: ended } });
    return { sessionsEnded: ended };
  },
});
