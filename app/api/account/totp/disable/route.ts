import { disableTotp } from "@/server/account/totp";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/account/totp/disable – the signed-in user's own account
export const POST = jsonRoute(disableTotp);
