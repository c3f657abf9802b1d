import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { DbError, ParentCycleError } from "../errors";
import { type Organisation, organisations } from "../schema";

/**
 * Single-unit edits of today's organisation tree (the import is `upsertOrganisations`). The
 * rules are lib/org-tree's; these only write, and `moveOrganisation` re-checks for a cycle inside
 * its transaction. Cycle rosters are snapshots and are never touched here.
 */

/** The unit is missing (e.g. deleted by someone else meanwhile). */
export class OrganisationMissingError extends DbError {
  constructor(readonly what: string) {
    super(`organisation ${what} missing`);
  }
}

export type NewOrganisationInput = { code: string; name: string; kind: string; parentId: number | null; at: number };

/** Inserts an active unit; a taken code fails with SQLite's UNIQUE constraint error. */
export function insertOrganisation(db: Db, input: NewOrganisationInput): Organisation {
  return db
    .insert(organisations)
    .values({ code: input.code, name: input.name, kind: input.kind, parentId: input.parentId, active: true, createdAt: input.at, updatedAt: input.at })
    .returning()
    .get();
}

export function renameOrganisation(db: Db, id: number, name: string, at: number): void {
  db.update(organisations).set({ name, updatedAt: at }).where(eq(organisations.id, id)).run();
}

/** Sets 规章制定权 (organisations.rule_making) of unit `id`. */
export function setRuleMaking(db: Db, id: number, ruleMaking: boolean, at: number): void {
  db.update(organisations).set({ ruleMaking, updatedAt: at }).where(eq(organisations.id, id)).run();
}

/**
 * Gives unit `id` a new parent. Throws ParentCycleError (nothing written) when the new parent is
 * the unit itself or lies below it.
 */
export function moveOrganisation(db: Db, id: number, parentId: number, at: number): void {
  db.transaction((tx) => {
    const parentOf = (orgId: number) =>
      tx.select({ code: organisations.code, parentId: organisations.parentId }).from(organisations).where(eq(organisations.id, orgId)).get();
    const path: string[] = [];
    const seen = new Set<number>();
    let cursor: number | null = parentId;
    while (cursor !== null && !seen.has(cursor)) {
      const row = parentOf(cursor);
      if (!row) throw new OrganisationMissingError(String(cursor));
      path.push(row.code);
      if (cursor === id) throw new ParentCycleError(path.reverse());
      seen.add(cursor);
      cursor = row.parentId;
    }
    tx.update(organisations).set({ parentId, updatedAt: at }).where(eq(organisations.id, id)).run();
  });
}

/** Records `id` as the predecessor of `successorId` and deactivates `id`, together. */
export function mergeOrganisation(db: Db, id: number, successorId: number, at: number): void {
  db.transaction((tx) => {
    tx.update(organisations).set({ predecessorId: id, updatedAt: at }).where(eq(organisations.id, successorId)).run();
    tx.update(organisations).set({ active: false, updatedAt: at }).where(eq(organisations.id, id)).run();
  });
}

export function setOrganisationActive(db: Db, id: number, active: boolean, at: number): void {
  db.update(organisations).set({ active, updatedAt: at }).where(eq(organisations.id, id)).run();
}

/**
 * Deletes a unit nothing refers to (the caller checked `getOrganisationUsage`); foreign keys
 * refuse it otherwise. Returns false when there was no such unit.
 */
export function deleteOrganisation(db: Db, id: number): boolean {
  return db.delete(organisations).where(eq(organisations.id, id)).run().changes === 1;
}
