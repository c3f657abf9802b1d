import { publishReportCommand } from "@/server/reports/publication/publish";
import { jsonRoute } from "@/server/next/json-route";

export const runtime = "nodejs";

// POST /api/reports/[year]/[orgCode]/publish – 发布第 1 版 ({ draftVersion, indexNo?, publisher?, writtenDate? })
export const POST = jsonRoute(publishReportCommand);
