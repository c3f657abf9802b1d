import { reopen } from "@/server/workflow/reopen";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/stats/[year]/[orgCode]/reopen – 审核员重新打开有更正申请的数据：已通过 → 已退回/草稿 ({ version, to? })
export const POST = jsonRoute(reopen);
