// POST /api/admin/orgs {code, name, kind, parentCode} – add a unit
import { jsonRoute } from "@/server/next/json-route";
import { createOrganisation } from "@/server/orgs/create";

export const POST = jsonRoute(createOrganisation);
