import { correctReportCommand } from "@/server/reports/publication/publish";
import { jsonRoute } from "@/server/next/json-route";

export const runtime = "nodejs";

// POST /api/reports/[year]/[orgCode]/correct – 发布更正版本 ({ draftVersion, correctionNote, correctionDate, indexNo?, publisher?, writtenDate? })
export const POST = jsonRoute(correctReportCommand);
