import type { OrgAttributes } from "@/lib/rules";
import type { Db } from "@/db/client";
import { getOrganisationById, listOrganisations } from "@/db/queries/orgs";

/** A unit's attributes as rules read them (`unlessOrg`): 规章制定权 … */
export function orgAttributes(db: Db, orgId: number): OrgAttributes {
  return { rule_making: getOrganisationById(db, orgId)?.ruleMaking ?? false };
}

/** Every unit's attributes, by id (one read for a list of units). */
export function allOrgAttributes(db: Db): Map<number, OrgAttributes> {
  return new Map(listOrganisations(db).map((o) => [o.id, { rule_making: o.ruleMaking }]));
}
