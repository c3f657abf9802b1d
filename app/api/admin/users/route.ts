// POST /api/admin/users {username, displayName, orgCode, password, mustChangePassword?} – create an account
import { jsonRoute } from "@/app/_server/json-route";
import { createUser } from "@/app/_server/commands/create-user";

export const POST = jsonRoute(createUser);
