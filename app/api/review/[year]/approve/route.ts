import { bulkApprove } from "@/server/workflow/bulk-approve";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/review/[year]/approve – 批量通过 ({ items: [{ orgCode, version }] }): all or nothing
export const POST = jsonRoute(bulkApprove);
