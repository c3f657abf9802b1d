import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type Session, sessions } from "../schema";

export function getSession(db: Db, id: string): Session | null {
  return db.select().from(sessions).where(eq(sessions.id, id)).get() ?? null;
}
