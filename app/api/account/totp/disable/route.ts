import { disableTotp } from "@/app/_server/account/totp";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/account/totp/disable – the signed-in user's own account
export const POST = jsonRoute(disableTotp);
