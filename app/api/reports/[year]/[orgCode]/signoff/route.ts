import { signOffReport } from "@/server/reports/publication/review";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/reports/[year]/[orgCode]/signoff – 负责人签发报告的当前草稿 ({ draftVersion, note? })
export const POST = jsonRoute(signOffReport);
