import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type Session, sessions } from "../schema";

export function createSession(db: Db, input: { id: string; userId: number; at: number; ip: string | null; userAgent: string | null }): Session {
  return db
    .insert(sessions)
    .values({ id: input.id, userId: input.userId, createdAt: input.at, lastSeenAt: input.at, ip: input.ip, userAgent: input.userAgent })
    .returning()
    .get();
}

/** Moves the idle clock on (every authenticated request). */
export function touchSession(db: Db, id: string, at: number): void {
  db.update(sessions).set({ lastSeenAt: at }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt))).run();
}

export function revokeSession(db: Db, id: string, at: number, reason: string): void {
  db.update(sessions).set({ revokedAt: at, revokedReason: reason }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt))).run();
}

/** Ends every open session of a user (password change, reset, disable, grant change); returns how many. */
export function revokeUserSessions(db: Db, userId: number, at: number, reason: string): number {
  return db
    .update(sessions)
    .set({ revokedAt: at, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run().changes;
}
