// PATCH /api/admin/cycles/[year] {warningFactor, warningMinimum, deadlines} – change a cycle's settings
import { jsonRoute } from "@/server/next/json-route";
import { updateCycle } from "@/server/cycles/update";

export const PATCH = jsonRoute(updateCycle);
