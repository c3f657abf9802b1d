// POST /api/admin/orgs/[code]/move {parentCode} – move a unit under another parent
import { jsonRoute } from "@/app/_server/json-route";
import { moveOrganisation } from "@/app/_server/commands/move-organisation";

export const POST = jsonRoute(moveOrganisation);
