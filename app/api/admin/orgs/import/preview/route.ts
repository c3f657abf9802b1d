// POST /api/admin/orgs/import/preview {rows: [{code, name, parentCode, kind}]} – what an import would do
import { jsonRoute } from "@/app/_server/json-route";
import { previewOrganisationImport } from "@/app/_server/commands/preview-organisation-import";

export const POST = jsonRoute(previewOrganisationImport);
