import { readPage } from "@/server/next/read";
import { loadGrantsPage } from "@/server/security/grants-page";
import { AdminApp } from "@/components/admin/admin-app";
import { GrantAdmin } from "@/components/admin/grants/grant-admin";
import { grantRoleAction, revokeRoleAction } from "./actions";

export const metadata = { title: "角色授权 - 年报编制系统" };

export default async function GrantsPage() {
  const { grants, grantables } = await readPage(loadGrantsPage);
  return (
    <AdminApp>
      <GrantAdmin grants={grants} grantables={grantables} actions={{ grant: grantRoleAction, revoke: revokeRoleAction }} />
    </AdminApp>
  );
}
