import { confirmTotp } from "@/server/account/totp";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/account/totp/confirm – the signed-in user's own account
export const POST = jsonRoute(confirmTotp);
