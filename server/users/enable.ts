import { checkEnableUser } from "@/lib/validation/account-rules";
import { userIdSchema } from "@/lib/validation/user";
import { setUserDisabled } from "@/db/mutations/users";
import { defineCommand } from "../kernel/command";
import { conflict } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { requireUserRow, userTarget } from "./target";

/** Enables a disabled account again (its roles are as they were). */
export const enableUser = defineCommand({
  name: "user.enable",
  schema: userIdSchema,
  permission: (input, ctx) => ({ action: "user.manage", target: userTarget(ctx.db, input.id) }),
  run(input, ctx) {
    const user = requireUserRow(ctx.db, input.id);
    const problems = checkEnableUser(ctx.user.id, { userId: user.id, disabled: user.disabled });
    if (problems.length) throw conflict(problems.join("；"));
    return atomically(ctx.db, () => {
      setUserDisabled(ctx.db, user.id, false);
      auditChange(ctx, {
        action: "user.enable",
        targetType: "user",
        targetId: user.id,
        before: { username: user.username, disabled: true },
        after: { username: user.username, disabled: false },
      });
      return { id: user.id, disabled: false };
    });
  },
});
