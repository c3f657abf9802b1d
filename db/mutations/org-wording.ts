import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { organisations } from "../schema";

/** Replaces a unit's report words (null: all defaults). */
export function setOrgWording(db: Db, orgId: number, wording: Record<string, string> | null, now: number): void {
  db.update(organisations).set({ wording, updatedAt: now }).where(eq(organisations.id, orgId)).run();
}
