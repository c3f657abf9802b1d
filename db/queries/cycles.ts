import type { RosterCoverage } from "@/lib/report/coverage";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type Cycle, cycles, rosterEntries } from "../schema";

export type RosterRow = {
  orgId: number;
  code: string;
  name: string;
  kind: string;
  parentOrgId: number | null;
  coverage: RosterCoverage;
  inSums: boolean;
};

/** The cycle of this year, or null. */
export function getCycleByYear(db: Db, year: number): Cycle | null {
  return db.select().from(cycles).where(eq(cycles.year, year)).get() ?? null;
}

/** The cycle with this id, or null. */
export function getCycleById(db: Db, id: number): Cycle | null {
  return db.select().from(cycles).where(eq(cycles.id, id)).get() ?? null;
}

/** All cycles, newest year first. */
export function listCycles(db: Db): Cycle[] {
  return db.select().from(cycles).orderBy(desc(cycles.year)).all();
}

/** The organisation tree as it was when the cycle was created, ordered by code. */
export function getRoster(db: Db, cycleId: number): RosterRow[] {
  return db
    .select({
      orgId: rosterEntries.orgId,
      code: rosterEntries.code,
      name: rosterEntries.name,
      kind: rosterEntries.kind,
      parentOrgId: rosterEntries.parentOrgId,
      coverage: rosterEntries.coverage,
      inSums: rosterEntries.inSums,
    })
    .from(rosterEntries)
    .where(eq(rosterEntries.cycleId, cycleId))
    .orderBy(asc(rosterEntries.code))
    .all();
}
