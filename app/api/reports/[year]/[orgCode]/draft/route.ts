import { saveReportNarrative } from "@/server/reports/save-narrative";
import { BODY_LIMITS } from "@/server/next/body";
import { jsonRoute } from "@/server/next/json-route";

// PUT /api/reports/[year]/[orgCode]/draft – save a unit's report narrative ({ version, doc }); answers { version, changed, problems }
export const PUT = jsonRoute(saveReportNarrative, { maxBytes: BODY_LIMITS.text });
