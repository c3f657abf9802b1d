// POST /api/admin/orgs {code, name, kind, parentCode} – add a unit
import { jsonRoute } from "@/app/_server/json-route";
import { createOrganisation } from "@/app/_server/commands/create-organisation";

export const POST = jsonRoute(createOrganisation);
