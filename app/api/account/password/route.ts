import { changePassword } from "@/server/account/change-password";
import { jsonRoute } from "@/server/next/json-route";

// POST /api/account/password – the signed-in user's own account
export const POST = jsonRoute(changePassword);
