// POST /api/admin/cycles/[year]/roster-scope {year, orgCode, coverage?, inSums?} – 报告范围与汇总 of one unit in a cycle
import { jsonRoute } from "@/server/next/json-route";
import { setRosterScope } from "@/server/cycles/set-roster-scope";

export const POST = jsonRoute(setRosterScope);
