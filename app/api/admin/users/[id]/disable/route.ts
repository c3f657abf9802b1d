// POST /api/admin/users/[id]/disable {} – disable an account and end its sessions
import { jsonRoute } from "@/server/next/json-route";
import { disableUser } from "@/server/users/disable";

export const POST = jsonRoute(disableUser);
