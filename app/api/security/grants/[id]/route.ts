// DELETE /api/security/grants/[id] – revoke a grant
import { jsonRoute } from "@/app/_server/json-route";
import { revokeRole } from "@/app/_server/commands/revoke-role";

export const DELETE = jsonRoute(revokeRole);
