// POST /api/admin/cycles {year, templateId, warningFactor, warningMinimum, deadlines} – open a reporting cycle
import { jsonRoute } from "@/app/_server/json-route";
import { createCycle } from "@/app/_server/commands/create-cycle";

export const POST = jsonRoute(createCycle);
