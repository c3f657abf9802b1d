import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type Organisation, organisations } from "../schema";

/** Every organisation (active or not), ordered by code. */
export function listOrganisations(db: Db): Organisation[] {
  return db.select().from(organisations).orderBy(asc(organisations.code)).all();
}

/** The organisation with this code, or null. */
export function getOrganisationByCode(db: Db, code: string): Organisation | null {
  return db.select().from(organisations).where(eq(organisations.code, code)).get() ?? null;
}

/** The organisation with this id, or null. */
export function getOrganisationById(db: Db, id: number): Organisation | null {
  return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

/** organisations.rule_making (规章制定权) of every organisation, by id. */
export function listRuleMaking(db: Db): Map<number, boolean> {
  return new Map(db.select({ id: organisations.id, ruleMaking: organisations.ruleMaking }).from(organisations).all().map((o) => [o.id, o.ruleMaking]));
}
