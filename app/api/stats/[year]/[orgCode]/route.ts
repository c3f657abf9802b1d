import { saveDraft } from "@/app/_server/stats/save-draft";
import { jsonRoute } from "@/app/_server/json-route";

// PUT /api/stats/[year]/[orgCode] – save a unit's statistics as a draft ({ values, version })
export const PUT = jsonRoute(saveDraft);
