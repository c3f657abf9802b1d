// POST /api/admin/cycles {year, templateId, warningFactor, warningMinimum, deadlines} – open a reporting cycle
import { jsonRoute } from "@/server/next/json-route";
import { createCycle } from "@/server/cycles/create";

export const POST = jsonRoute(createCycle);
