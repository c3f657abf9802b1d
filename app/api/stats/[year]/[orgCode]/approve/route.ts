import { approve } from "@/app/_server/workflow/approve";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/stats/[year]/[orgCode]/approve – 审核员通过：已报送 → 已通过 ({ version })
export const POST = jsonRoute(approve);
