import { count } from "drizzle-orm";
import type { Db } from "../client";
import { rosterEntries } from "../schema";

/** cycleId → number of units in its roster (the snapshot taken when the cycle was created). */
export function countRosterEntriesByCycle(db: Db): Map<number, number> {
  const rows = db.select({ cycleId: rosterEntries.cycleId, n: count() }).from(rosterEntries).groupBy(rosterEntries.cycleId).all();
  return new Map(rows.map((r) => [r.cycleId, r.n]));
}
