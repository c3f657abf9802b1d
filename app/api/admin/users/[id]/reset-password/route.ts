// POST /api/admin/users/[id]/reset-password {password} – set a new initial password
import { jsonRoute } from "@/app/_server/json-route";
import { resetUserPassword } from "@/app/_server/commands/reset-user-password";

export const POST = jsonRoute(resetUserPassword);
