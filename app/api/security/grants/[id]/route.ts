// DELETE /api/security/grants/[id] – revoke a grant
import { jsonRoute } from "@/server/next/json-route";
import { revokeRole } from "@/server/grants/revoke";

export const DELETE = jsonRoute(revokeRole);
