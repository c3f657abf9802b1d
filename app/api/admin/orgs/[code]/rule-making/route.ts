// POST /api/admin/orgs/[code]/rule-making {ruleMaking} – set a unit's 规章制定权
import { jsonRoute } from "@/server/next/json-route";
import { setOrganisationRuleMaking } from "@/server/orgs/set-rule-making";

export const POST = jsonRoute(setOrganisationRuleMaking);
