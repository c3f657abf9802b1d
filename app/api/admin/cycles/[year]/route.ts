// PATCH /api/admin/cycles/[year] {warningFactor, warningMinimum, deadlines} – change a cycle's settings
import { jsonRoute } from "@/app/_server/json-route";
import { updateCycle } from "@/app/_server/commands/update-cycle";

export const PATCH = jsonRoute(updateCycle);
