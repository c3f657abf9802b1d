import { readPage } from "@/server/next/read";
import { loadUsersPage } from "@/server/admin/users-page";
import { AdminApp } from "@/components/admin/admin-app";
import { orgOptions } from "@/components/admin/orgs/types";
import { UserAdmin } from "@/components/admin/users/user-admin";
import * as actions from "./actions";

export const metadata = { title: "用户管理 - 年报编制系统" };

export default async function UsersPage() {
  const view = await readPage(loadUsersPage);
  return (
    <AdminApp>
      <UserAdmin
        users={view.users}
        orgs={orgOptions(view.orgs)}
        selfId={view.selfId}
        minLength={view.minLength}
        now={view.now}
        actions={{ create: actions.createUserAction, disable: actions.disableUserAction, enable: actions.enableUserAction, resetPassword: actions.resetUserPasswordAction }}
      />
    </AdminApp>
  );
}
