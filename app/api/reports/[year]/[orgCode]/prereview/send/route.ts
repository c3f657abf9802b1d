import { sendForPrereview } from "@/server/reports/prereview/send";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/reports/[year]/[orgCode]/prereview/send – 送上级预审 ({ draftVersion, note?, coverage? })
export const POST = jsonRoute(sendForPrereview);
