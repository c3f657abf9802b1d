// PATCH /api/admin/orgs/[code] {name} – rename a unit; DELETE – delete a unit nothing refers to
import { jsonRoute } from "@/server/next/json-route";
import { deleteOrganisation } from "@/server/orgs/delete";
import { renameOrganisation } from "@/server/orgs/rename";

export const PATCH = jsonRoute(renameOrganisation);
export const DELETE = jsonRoute(deleteOrganisation);
