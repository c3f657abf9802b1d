import { securityPolicySchema } from "@/lib/security";
import { putSetting } from "@/db/mutations/settings";
import { defineCommand } from "../kernel/command";
import { getSecurityPolicy, POLICY_KEY } from "./policy";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";

/** Replaces the security policy (password, lockout, sessions, rate limit, TOTP for administrators). */
export const updateSecurityPolicy = defineCommand({
  name: "policy.update",
  schema: securityPolicySchema,
  permission: () => ({ action: "policy.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const before = getSecurityPolicy(ctx.db);
    return atomically(ctx.db, () => {
      putSetting(ctx.db, POLICY_KEY, input, ctx.user.id, ctx.realNow);
      auditChange(ctx, { action: "policy.update", targetType: "setting", targetId: POLICY_KEY, before, after: input });
      return input;
    });
  },
});
