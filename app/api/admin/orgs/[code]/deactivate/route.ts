// POST /api/admin/orgs/[code]/deactivate {} – deactivate a unit
import { jsonRoute } from "@/server/next/json-route";
import { deactivateOrganisation } from "@/server/orgs/deactivate";

export const POST = jsonRoute(deactivateOrganisation);
