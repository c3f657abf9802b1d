import { approve } from "@/server/workflow/approve";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/stats/[year]/[orgCode]/approve – 审核员通过：已报送 → 已通过 ({ version })
export const POST = jsonRoute(approve);
