import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { CycleExistsError } from "../errors";
import { type Cycle, cycles, organisations, rosterEntries } from "../schema";

export type CreateCycleInput = {
  year: number;
  templateId: string;
  warningFactorNum?: number;
  warningFactorDen?: number;
  warningMinimum?: number;
  deadlines?: Record<string, string> | null;
  /** Kinds of unit that start outside their parent's sums (lib's OUTSIDE_SUMS_KINDS). */
  outsideSumsKinds?: readonly string[];
};

/**
 * Creates the cycle and, in the same transaction, snapshots the active organisations into its
 * roster. Throws CycleExistsError if the year already has a cycle.
 */
export function createCycle(db: Db, input: CreateCycleInput): Cycle {
  const outside = (input.outsideSumsKinds ?? []).map((k) => sql`${k}`);
  return db.transaction((tx) => {
    if (tx.select({ id: cycles.id }).from(cycles).where(eq(cycles.year, input.year)).get()) {
      throw new CycleExistsError(input.year);
    }
    const cycle = tx
      .insert(cycles)
      .values({
        year: input.year,
        templateId: input.templateId,
        warningFactorNum: input.warningFactorNum,
        warningFactorDen: input.warningFactorDen,
        warningMinimum: input.warningMinimum,
        deadlines: input.deadlines ?? null,
      })
      .returning()
      .get();
    tx.run(sql`
      insert into ${rosterEntries} (cycle_id, org_id, code, name, kind, parent_org_id, in_sums)
      select ${cycle.id}, ${organisations.id}, ${organisations.code}, ${organisations.name},
             ${organisations.kind}, ${organisations.parentId},
             case when ${organisations.kind} in (${outside.length ? sql.join(outside, sql`, `) : sql`null`}) then 0 else 1 end
      from ${organisations}
      where ${organisations.active} = 1`);
    return cycle;
  });
}

/** Opens or closes a cycle; returns false if there is no such cycle. */
export function setCycleStatus(db: Db, cycleId: number, status: Cycle["status"]): boolean {
  return db.update(cycles).set({ status }).where(eq(cycles.id, cycleId)).run().changes > 0;
}
