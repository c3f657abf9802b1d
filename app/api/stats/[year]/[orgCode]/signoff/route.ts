import { signOff } from "@/server/workflow/sign-off";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/stats/[year]/[orgCode]/signoff – 负责人签发：待签发 → 已报送 ({ version })
export const POST = jsonRoute(signOff);
