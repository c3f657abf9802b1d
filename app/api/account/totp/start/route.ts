import { startTotp } from "@/app/_server/account/totp";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/account/totp/start – the signed-in user's own account
export const POST = jsonRoute(startTotp);
