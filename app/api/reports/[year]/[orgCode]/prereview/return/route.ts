import { returnPrereview } from "@/server/reports/prereview/decide";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/reports/[year]/[orgCode]/prereview/return – 预审退回修改 ({ draftVersion, note?, comments: [{ blockId, paragraph, text }], coverage? })
export const POST = jsonRoute(returnPrereview);
