// PUT /api/security/policy {minLength, lockoutThreshold, …} – replace the security policy
import { jsonRoute } from "@/server/next/json-route";
import { updateSecurityPolicy } from "@/server/security/update-policy";

export const PUT = jsonRoute(updateSecurityPolicy);
