// POST /api/admin/orgs/import {rows: [{code, name, parentCode, kind}]} – import units, all or none
import { jsonRoute } from "@/server/next/json-route";
import { importOrganisations } from "@/server/orgs/import";

export const POST = jsonRoute(importOrganisations);
