import { recordOfficialPosting } from "@/app/_server/reports/publication/official";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/reports/[year]/[orgCode]/publications/[version]/official – 登记正式发布网址和日期 ({ officialUrl, officialDate })
export const POST = jsonRoute(recordOfficialPosting);
