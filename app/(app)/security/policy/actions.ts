"use server";

import { updateSecurityPolicy } from "@/app/_server/commands/update-security-policy";
import { pageAction } from "@/app/_server/commands/support/page-action";

/** The page's 保存 the security policy (policy.update). */
export async function updateSecurityPolicyAction(input: unknown) {
  return pageAction(updateSecurityPolicy, input, "/security/policy");
}
