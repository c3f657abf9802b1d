// POST /api/admin/orgs/[code]/merge {successorCode} – merge a unit into another
import { jsonRoute } from "@/app/_server/json-route";
import { mergeOrganisation } from "@/app/_server/commands/merge-organisation";

export const POST = jsonRoute(mergeOrganisation);
