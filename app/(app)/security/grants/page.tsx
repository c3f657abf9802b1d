import { requirePermission } from "@/server/next/guards";
import { AdminApp } from "@/components/admin/admin-app";
import { GrantAdmin } from "@/components/admin/grants/grant-admin";
import { grantRoleAction, revokeRoleAction } from "./actions";
import { loadGrantsView } from "./grants-view";

export const metadata = { title: "角色授权 - 年报编制系统" };

export default async function GrantsPage() {
  const me = await requirePermission("grant.manage", { kind: "global" });
  const { grants, grantables } = loadGrantsView(me);
  return (
    <AdminApp>
      <GrantAdmin grants={grants} grantables={grantables} actions={{ grant: grantRoleAction, revoke: revokeRoleAction }} />
    </AdminApp>
  );
}
