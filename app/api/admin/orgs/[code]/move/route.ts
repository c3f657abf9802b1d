// POST /api/admin/orgs/[code]/move {parentCode} – move a unit under another parent
import { jsonRoute } from "@/server/next/json-route";
import { moveOrganisation } from "@/server/orgs/move";

export const POST = jsonRoute(moveOrganisation);
