import type { RosterCoverage } from "@/lib/report/coverage";
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { rosterEntries } from "../schema";

/** Sets a roster entry's report coverage and/or whether it counts in its parent's sums. */
export function setRosterScope(db: Db, cycleId: number, orgId: number, change: { coverage?: RosterCoverage; inSums?: boolean }): void {
  db.update(rosterEntries)
    .set(change)
    .where(and(eq(rosterEntries.cycleId, cycleId), eq(rosterEntries.orgId, orgId)))
    .run();
}
