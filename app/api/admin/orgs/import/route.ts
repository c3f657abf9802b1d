// POST /api/admin/orgs/import {rows: [{code, name, parentCode, kind}]} – import units, all or none
import { jsonRoute } from "@/app/_server/json-route";
import { importOrganisations } from "@/app/_server/commands/import-organisations";

export const POST = jsonRoute(importOrganisations);
