import { changePassword } from "@/app/_server/account/change-password";
import { jsonRoute } from "@/app/_server/json-route";

// POST /api/account/password – the signed-in user's own account
export const POST = jsonRoute(changePassword);
