import { hashPassword } from "@/lib/security/password";
import { createUserSchema } from "@/lib/validation/user";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getUserByUsername } from "@/db/queries/users";
import type { Db } from "@/db/client";
import { createUser as insertUser } from "@/db/mutations/users";
import { defineCommand } from "../kernel/command";
import { CommandError, invalid } from "../kernel/errors";
import { getSecurityPolicy } from "../security/policy";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";

/** The schema is built when the command runs, so the password follows the policy in force. */
const schema = (db: Db) => createUserSchema(getSecurityPolicy(db));

/**
 * Creates an account with an initial password (by default to be changed at first login). Roles
 * are granted separately by the 安全管理员.
 */
export const createUser = defineCommand({
  name: "user.create",
  schema,
  permission: () => ({ action: "user.manage", target: { kind: "global" } }),
  async run(input, ctx) {
    const org = getOrganisationByCode(ctx.db, input.orgCode);
    if (!org) throw invalid(`单位 ${input.orgCode} 不存在`, { orgCode: [`单位 ${input.orgCode} 不存在`] });
    if (!org.active) throw invalid(`「${org.name}」已停用，不能在其下新建用户`, { orgCode: ["所选单位已停用"] });
    const taken = () => new CommandError(409, `用户名 ${input.username} 已被使用`, { username: ["该用户名已被使用"] });
    if (getUserByUsername(ctx.db, input.username)) throw taken();
    const passwordHash = await hashPassword(input.password);
    return atomically(ctx.db, () => {
      if (getUserByUsername(ctx.db, input.username)) throw taken();
      const user = insertUser(ctx.db, {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        orgId: org.id,
        mustChangePassword: input.mustChangePassword,
      });
      const after = { username: user.username, displayName: user.displayName, org: org.code, mustChangePassword: user.mustChangePassword };
      auditChange(ctx, { action: "user.create", targetType: "user", targetId: user.id, after });
      return { id: user.id, username: user.username };
    });
  },
});
