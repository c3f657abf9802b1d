import { saveExplanations } from "@/server/workflow/save-explanations";
import { BODY_LIMITS } from "@/server/next/body";
import { jsonRoute } from "@/server/next/json-route";

// PUT /api/stats/[year]/[orgCode]/explanations – 保存提示说明 ({ explanations: { [issueKey]: text }, version })
export const PUT = jsonRoute(saveExplanations, { maxBytes: BODY_LIMITS.text });
