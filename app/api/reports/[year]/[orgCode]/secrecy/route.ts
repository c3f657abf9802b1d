import { confirmSecrecy } from "@/server/reports/publication/review";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/reports/[year]/[orgCode]/secrecy – 确认保密审查 ({ draftVersion, note })
export const POST = jsonRoute(confirmSecrecy);
