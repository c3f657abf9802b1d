"use server";

import { updateSecurityPolicy } from "@/server/security/update-policy";
import { pageAction } from "@/server/next/page-action";

/** The page's 保存 the security policy (policy.update). */
export async function updateSecurityPolicyAction(input: unknown) {
  return pageAction(updateSecurityPolicy, input, "/security/policy");
}
