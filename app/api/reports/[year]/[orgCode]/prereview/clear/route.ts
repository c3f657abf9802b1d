import { clearPrereview } from "@/server/reports/prereview/decide";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/reports/[year]/[orgCode]/prereview/clear – 上级审核员预审通过 ({ draftVersion, note?, coverage? })
export const POST = jsonRoute(clearPrereview);
