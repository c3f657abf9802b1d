import { eq } from "drizzle-orm";
import type { ReportCoverage } from "@/lib/report/coverage";
import type { Db } from "../client";
import { cycles, reportPrereviewComments, reportPrereviews } from "../schema";

export type PrereviewEventInput = {
  cycleId: number;
  orgId: number;
  coverage: ReportCoverage;
  kind: "send" | "clear" | "return";
  draftVersion: number;
  textSha256: string;
  userId: number | null;
  userName: string;
  note: string | null;
  at: number;
};

export type PrereviewCommentInput = { blockId: string; paragraph: number; heading: string; quote: string; text: string };

/** Records one 预审 event and (a return's) paragraph comments, in one transaction; rows are never changed. */
export function insertPrereviewEvent(db: Db, event: PrereviewEventInput, comments: readonly PrereviewCommentInput[] = []): number {
  return db.transaction((tx) => {
    const id = tx.insert(reportPrereviews).values(event).returning({ id: reportPrereviews.id }).get().id;
    if (comments.length) tx.insert(reportPrereviewComments).values(comments.map((c) => ({ ...c, prereviewId: id }))).run();
    return id;
  });
}

/** Turns a cycle's 预审 on or off; false when there is no such cycle. */
export function setCyclePrereview(db: Db, cycleId: number, on: boolean): boolean {
  return db.update(cycles).set({ prereview: on }).where(eq(cycles.id, cycleId)).run().changes > 0;
}
