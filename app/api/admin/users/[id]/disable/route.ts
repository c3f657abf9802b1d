// POST /api/admin/users/[id]/disable {} – disable an account and end its sessions
import { jsonRoute } from "@/app/_server/json-route";
import { disableUser } from "@/app/_server/commands/disable-user";

export const POST = jsonRoute(disableUser);
