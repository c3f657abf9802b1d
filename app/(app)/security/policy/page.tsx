import { requirePermission } from "@/app/_server/guards";
import { getSecurityPolicy } from "@/app/_server/security-policy";
import { AdminApp } from "@/components/admin/admin-app";
import { PolicyForm } from "@/components/admin/policy/policy-form";
import { updateSecurityPolicyAction } from "./actions";

export const metadata = { title: "安全策略 - 年报编制系统" };

export default async function PolicyPage() {
  await requirePermission("policy.manage", { kind: "global" });
  return (
    <AdminApp>
      <PolicyForm policy={getSecurityPolicy()} action={updateSecurityPolicyAction} />
    </AdminApp>
  );
}
