import { ADMIN_ROLES, type AdminRole } from "@/lib/authz";
import { checkDisableUser } from "@/lib/validation/account-rules";
import { userIdSchema } from "@/lib/validation/user";
import { countActiveHolders, listGrantsForUser } from "@/db/queries/grants";
import { setUserDisabled } from "@/db/mutations/users";
import { revokeUserSessions } from "@/db/mutations/sessions";
import { defineCommand } from "../kernel/command";
import { conflict } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { requireUserRow, userTarget } from "./target";

/** Disables an account and ends all its sessions at once. */
export const disableUser = defineCommand({
  name: "user.disable",
  schema: userIdSchema,
  permission: (input, ctx) => ({ action: "user.manage", target: userTarget(ctx.db, input.id) }),
  run(input, ctx) {
    const user = requireUserRow(ctx.db, input.id);
    const held = new Set(listGrantsForUser(ctx.db, user.id).map((g) => g.role));
    const sole = ADMIN_ROLES.filter((r: AdminRole) => held.has(r) && countActiveHolders(ctx.db, r) <= 1);
    const problems = checkDisableUser(ctx.user.id, { userId: user.id, disabled: user.disabled }, sole);
    if (problems.length) throw conflict(problems.join("；"));
    return atomically(ctx.db, () => {
      setUserDisabled(ctx.db, user.id, true);
      const sessionsEnded = revokeUserSessions(ctx.db, user.id, ctx.realNow, "disabled");
      auditChange(ctx, {
        action: "user.disable",
        targetType: "user",
        targetId: user.id,
        before: { username: user.username, disabled: false },
        after: { username: user.username, disabled: true },
        extra: { sessionsEnded },
      });
      return { id: user.id, disabled: true, sessionsEnded };
    });
  },
});
