// PUT /api/security/policy {minLength, lockoutThreshold, …} – replace the security policy
import { jsonRoute } from "@/app/_server/json-route";
import { updateSecurityPolicy } from "@/app/_server/commands/update-security-policy";

export const PUT = jsonRoute(updateSecurityPolicy);
