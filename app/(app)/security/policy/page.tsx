import { getDb } from "@/db/client";
import { requirePermission } from "@/server/next/guards";
import { getSecurityPolicy } from "@/server/security/policy";
import { AdminApp } from "@/components/admin/admin-app";
import { PolicyForm } from "@/components/admin/policy/policy-form";
import { updateSecurityPolicyAction } from "./actions";

export const metadata = { title: "安全策略 - 年报编制系统" };

export default async function PolicyPage() {
  await requirePermission("policy.manage", { kind: "global" });
  return (
    <AdminApp>
      <PolicyForm policy={getSecurityPolicy(getDb())} action={updateSecurityPolicyAction} />
    </AdminApp>
  );
}
