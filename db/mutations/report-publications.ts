import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { reportPublications, type ReportPublication } from "../schema";

export type NewPublication = Omit<ReportPublication, "id" | "officialUrl" | "officialDate">;

/**
 * Stores a frozen version (snapshot, PDF bytes and hashes). The unique (cycle, unit, version)
 * index refuses a second row with the same number: two publishers racing cannot both win.
 */
export function insertPublication(db: Db, p: NewPublication): number {
  return db.insert(reportPublications).values(p).returning({ id: reportPublications.id }).get().id;
}

/** The only change a publication ever gets: where and when it was posted on the official platform. */
export function setOfficialPosting(db: Db, id: number, officialUrl: string, officialDate: string): void {
  db.update(reportPublications).set({ officialUrl, officialDate }).where(eq(reportPublications.id, id)).run();
}
