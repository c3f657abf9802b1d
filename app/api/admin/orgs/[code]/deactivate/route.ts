// POST /api/admin/orgs/[code]/deactivate {} – deactivate a unit
import { jsonRoute } from "@/app/_server/json-route";
import { deactivateOrganisation } from "@/app/_server/commands/deactivate-organisation";

export const POST = jsonRoute(deactivateOrganisation);
