import { requestCorrection } from "@/server/workflow/request-correction";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/stats/[year]/[orgCode]/correction – 申请更正已通过的数据 ({ reason, version })
export const POST = jsonRoute(requestCorrection);
