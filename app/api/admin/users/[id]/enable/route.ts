// POST /api/admin/users/[id]/enable {} – enable a disabled account
import { jsonRoute } from "@/server/next/json-route";
import { enableUser } from "@/server/users/enable";

export const POST = jsonRoute(enableUser);
