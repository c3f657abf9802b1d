import { confirmSecrecy } from "@/app/_server/reports/publication/review";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/reports/[year]/[orgCode]/secrecy – 确认保密审查 ({ draftVersion, note })
export const POST = jsonRoute(confirmSecrecy);
