import "server-only";
import { checkEnableUser } from "@/lib/validation/account-rules";
import { userIdSchema } from "@/lib/validation/user";
import { setUserDisabled } from "@/db/mutations/users";
import { defineCommand } from "../command";
import { conflict } from "../errors";
import { atomically } from "./support/atomically";
import { auditChange } from "./support/audit-change";
import { requireUserRow, userTarget } from "./support/user-target";

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
