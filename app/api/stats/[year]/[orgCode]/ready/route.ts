import { markReady } from "@/server/workflow/mark-ready";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/stats/[year]/[orgCode]/ready – 草稿/已退回 → 待签发 ({ version })
export const POST = jsonRoute(markReady);
