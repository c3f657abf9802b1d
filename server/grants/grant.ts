import { checkGrant, ROLE_NAMES } from "@/lib/authz";
import { grantRoleSchema } from "@/lib/validation/grant";
import { getOrganisationById } from "@/db/queries/orgs";
import { addGrant } from "@/db/mutations/grants";
import { revokeUserSessions } from "@/db/mutations/sessions";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { currentTreeAccess } from "../orgs/tree";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { grantsOf } from "./grants-of";
import { requireUserRow } from "../users/target";

/**
 * Grants a role on a unit, checked by lib/authz's checkGrant (三员分立, scope, no self-grant).
 * The grantee's sessions end so the new rights apply from their next login.
 */
export const grantRole = defineCommand({
  name: "grant.add",
  schema: grantRoleSchema,
  permission: () => ({ action: "grant.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const grantee = requireUserRow(ctx.db, input.userId);
    const org = getOrganisationById(ctx.db, input.orgId);
    if (!org) throw invalid("所选单位不存在", { orgId: ["所选单位不存在"] });
    const problems = checkGrant({
      granter: ctx.user.actor,
      grantee: { userId: grantee.id, orgId: grantee.orgId, disabled: grantee.disabled },
      granteeGrants: grantsOf(ctx.db, grantee.id),
      role: input.role,
      orgId: org.id,
      tree: currentTreeAccess(ctx.db),
    });
    if (problems.length) throw invalid(`不能授予${ROLE_NAMES[input.role]}：${problems.join("；")}`, { role: problems });
    return atomically(ctx.db, () => {
      const grant = addGrant(ctx.db, { userId: grantee.id, role: input.role, orgId: org.id, grantedBy: ctx.user.id, at: ctx.realNow });
      const sessionsEnded = revokeUserSessions(ctx.db, grantee.id, ctx.realNow, "grant_changed");
      auditChange(ctx, {
        action: "grant.add",
        targetType: "user",
        targetId: grantee.id,
        after: { grantId: grant.id, username: grantee.username, role: input.role, org: org.code },
        extra: { sessionsEnded },
      });
      return { id: grant.id };
    });
  },
});
