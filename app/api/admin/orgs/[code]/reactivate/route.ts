// POST /api/admin/orgs/[code]/reactivate {} – put a deactivated unit back in use
import { jsonRoute } from "@/app/_server/json-route";
import { reactivateOrganisation } from "@/app/_server/commands/reactivate-organisation";

export const POST = jsonRoute(reactivateOrganisation);
