import { readPage } from "@/server/next/read";
import { loadPolicyPage } from "@/server/security/policy-page";
import { AdminApp } from "@/components/admin/admin-app";
import { PolicyForm } from "@/components/admin/policy/policy-form";
import { updateSecurityPolicyAction } from "./actions";

export const metadata = { title: "安全策略 - 年报编制系统" };

export default async function PolicyPage() {
  const policy = await readPage(loadPolicyPage);
  return (
    <AdminApp>
      <PolicyForm policy={policy} action={updateSecurityPolicyAction} />
    </AdminApp>
  );
}
