import { saveReportNarrative } from "@/app/_server/reports/save-narrative";
import { jsonRoute } from "@/app/_server/json-route";

// PUT /api/reports/[year]/[orgCode]/draft – save a unit's report narrative ({ version, doc }); answers { version, changed, problems }
export const PUT = jsonRoute(saveReportNarrative);
