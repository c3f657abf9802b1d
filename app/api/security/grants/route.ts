// POST /api/security/grants {userId, role, orgId} – grant a role
import { jsonRoute } from "@/app/_server/json-route";
import { grantRole } from "@/app/_server/commands/grant-role";

export const POST = jsonRoute(grantRole);
