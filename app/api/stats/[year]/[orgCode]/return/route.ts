import { returnSubmission } from "@/server/workflow/return-submission";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/stats/[year]/[orgCode]/return – 审核员退回：已报送 → 已退回 ({ comments: [{ cell?, text }], version })
export const POST = jsonRoute(returnSubmission);
