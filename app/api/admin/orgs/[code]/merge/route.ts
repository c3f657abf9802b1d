// POST /api/admin/orgs/[code]/merge {successorCode} – merge a unit into another
import { jsonRoute } from "@/server/next/json-route";
import { mergeOrganisation } from "@/server/orgs/merge";

export const POST = jsonRoute(mergeOrganisation);
