import { checkRevoke, ROLE_NAMES, type Role } from "@/lib/authz";
import { grantIdSchema } from "@/lib/validation/grant";
import { countActiveHolders, getGrant } from "@/db/queries/grants";
import { removeGrant } from "@/db/mutations/grants";
import { revokeUserSessions } from "@/db/mutations/sessions";
import { defineCommand } from "../kernel/command";
import { invalid, notFound } from "../kernel/errors";
import { currentTreeAccess } from "../orgs/tree";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { grantsOf } from "./grants-of";
import { requireUserRow } from "../users/target";

/** Revokes a grant, checked by lib/authz's checkRevoke; the grantee's sessions end. */
export const revokeRole = defineCommand({
  name: "grant.remove",
  schema: grantIdSchema,
  permission: () => ({ action: "grant.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const grant = getGrant(ctx.db, input.id);
    if (!grant) throw notFound("该授权");
    const grantee = requireUserRow(ctx.db, grant.userId);
    const role = grant.role as Role;
    const problems = checkRevoke({
      revoker: ctx.user.actor,
      grantee: { userId: grantee.id, orgId: grantee.orgId, disabled: grantee.disabled },
      granteeGrants: grantsOf(ctx.db, grantee.id),
      role,
      orgId: grant.orgId,
      secadminCount: countActiveHolders(ctx.db, "secadmin"),
      tree: currentTreeAccess(ctx.db),
    });
    if (problems.length) throw invalid(`不能撤销${ROLE_NAMES[role] ?? role}：${problems.join("；")}`);
    return atomically(ctx.db, () => {
      removeGrant(ctx.db, grant.id);
      const sessionsEnded = revokeUserSessions(ctx.db, grantee.id, ctx.realNow, "grant_changed");
      auditChange(ctx, {
        action: "grant.remove",
        targetType: "user",
        targetId: grantee.id,
        before: { grantId: grant.id, username: grantee.username, role, org: grant.orgCode },
        extra: { sessionsEnded },
      });
      return { id: grant.id };
    });
  },
});
