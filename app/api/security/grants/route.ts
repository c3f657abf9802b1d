// POST /api/security/grants {userId, role, orgId} – grant a role
import { jsonRoute } from "@/server/next/json-route";
import { grantRole } from "@/server/grants/grant";

export const POST = jsonRoute(grantRole);
