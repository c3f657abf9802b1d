// POST /api/admin/orgs/import/preview {rows: [{code, name, parentCode, kind}]} – what an import would do
import { jsonRoute } from "@/server/next/json-route";
import { previewOrganisationImport } from "@/server/orgs/preview-import";

export const POST = jsonRoute(previewOrganisationImport);
