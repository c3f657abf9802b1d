// POST /api/admin/users {username, displayName, orgCode, password, mustChangePassword?} – create an account
import { jsonRoute } from "@/server/next/json-route";
import { createUser } from "@/server/users/create";

export const POST = jsonRoute(createUser);
