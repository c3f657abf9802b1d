import { DEFAULT_SECURITY_POLICY, securityPolicySchema, type SecurityPolicy } from "@/lib/security";
import type { Db } from "@/db/client";
import { getSetting } from "@/db/queries/settings";

export const POLICY_KEY = "security_policy";

/** The stored policy, or the defaults when none (or an unreadable one) is stored. */
export function getSecurityPolicy(db: Db): SecurityPolicy {
  const parsed = securityPolicySchema.safeParse(getSetting(db, POLICY_KEY));
  return parsed.success ? parsed.data : DEFAULT_SECURITY_POLICY;
}
