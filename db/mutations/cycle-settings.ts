import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type Cycle, cycles } from "../schema";

export type CycleSettings = {
  warningFactorNum: number;
  warningFactorDen: number;
  warningMinimum: number;
  deadlines: Record<string, string>;
  /** Left out: unchanged. */
  prereview?: boolean;
};

/**
 * Replaces a cycle's warning factor, minimum and deadlines; its roster and template stay as they
 * are. Returns the updated cycle, or null when there is none with this id.
 */
export function updateCycle(db: Db, cycleId: number, settings: CycleSettings): Cycle | null {
  return db.update(cycles).set(settings).where(eq(cycles.id, cycleId)).returning().get() ?? null;
}
