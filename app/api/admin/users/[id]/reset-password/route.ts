// POST /api/admin/users/[id]/reset-password {password} – set a new initial password
import { jsonRoute } from "@/server/next/json-route";
import { resetUserPassword } from "@/server/users/reset-password";

export const POST = jsonRoute(resetUserPassword);
