import { startTotp } from "@/server/account/totp";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/account/totp/start – the signed-in user's own account
export const POST = jsonRoute(startTotp);
