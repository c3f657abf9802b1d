// POST /api/admin/users/[id]/enable {} – enable a disabled account
import { jsonRoute } from "@/app/_server/json-route";
import { enableUser } from "@/app/_server/commands/enable-user";

export const POST = jsonRoute(enableUser);
