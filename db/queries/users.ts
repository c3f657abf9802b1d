import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type User, users } from "../schema";

/** The user with this username (exact match), or null. Includes the password hash: keep it server-side. */
export function getUserByUsername(db: Db, username: string): User | null {
  return db.select().from(users).where(eq(users.username, username)).get() ?? null;
}

/** The user with this id, or null. */
export function getUserById(db: Db, id: number): User | null {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}
