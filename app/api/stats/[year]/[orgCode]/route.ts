import { saveDraft } from "@/server/stats/save-draft";
import { jsonRoute } from "@/server/next/json-route";

// PUT /api/stats/[year]/[orgCode] – save a unit's statistics as a draft ({ values, version })
export const PUT = jsonRoute(saveDraft);
