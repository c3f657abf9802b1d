// POST /api/admin/orgs/[code]/reactivate {} – put a deactivated unit back in use
import { jsonRoute } from "@/server/next/json-route";
import { reactivateOrganisation } from "@/server/orgs/reactivate";

export const POST = jsonRoute(reactivateOrganisation);
