import { recordOfficialPosting } from "@/server/reports/publication/official";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/reports/[year]/[orgCode]/publications/[version]/official – 登记正式发布网址和日期 ({ officialUrl, officialDate })
export const POST = jsonRoute(recordOfficialPosting);
