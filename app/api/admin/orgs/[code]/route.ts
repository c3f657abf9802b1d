// PATCH /api/admin/orgs/[code] {name} – rename a unit; DELETE – delete a unit nothing refers to
import { jsonRoute } from "@/app/_server/json-route";
import { deleteOrganisation } from "@/app/_server/commands/delete-organisation";
import { renameOrganisation } from "@/app/_server/commands/rename-organisation";

export const PATCH = jsonRoute(renameOrganisation);
export const DELETE = jsonRoute(deleteOrganisation);
