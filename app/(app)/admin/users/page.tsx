import { ROLE_NAMES, type Role } from "@/lib/authz";
import { requirePermission } from "@/server/next/guards";
import { now } from "@/server/kernel/clock";
import { getSecurityPolicy } from "@/server/security/policy";
import { getDb } from "@/db/client";
import { listAllGrants } from "@/db/queries/grants";
import { listOrganisations } from "@/db/queries/orgs";
import { listUsers } from "@/db/queries/users";
import { AdminApp } from "@/components/admin/admin-app";
import { orgOptions } from "@/components/admin/orgs/types";
import { UserAdmin } from "@/components/admin/users/user-admin";
import * as actions from "./actions";

export const metadata = { title: "用户管理 - 年报编制系统" };

export default async function UsersPage() {
  const me = await requirePermission("user.manage", { kind: "global" });
  const db = getDb();
  const roles = new Map<number, string[]>();
  for (const g of listAllGrants(db)) roles.set(g.userId, [...(roles.get(g.userId) ?? []), ROLE_NAMES[g.role as Role] ?? g.role]);
  const users = listUsers(db).map((u) => ({ ...u, roles: roles.get(u.id) ?? [] }));
  return (
    <AdminApp>
      <UserAdmin
        users={users}
        orgs={orgOptions(listOrganisations(db))}
        selfId={me.id}
        minLength={getSecurityPolicy(getDb()).minLength}
        now={now()}
        actions={{ create: actions.createUserAction, disable: actions.disableUserAction, enable: actions.enableUserAction, resetPassword: actions.resetUserPasswordAction }}
      />
    </AdminApp>
  );
}
