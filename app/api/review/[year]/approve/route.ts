import { bulkApprove } from "@/app/_server/workflow/bulk-approve";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/review/[year]/approve – 批量通过 ({ items: [{ orgCode, version }] }): all or nothing
export const POST = jsonRoute(bulkApprove);
