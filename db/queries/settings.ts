import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { settings } from "../schema";

/** The parsed JSON value of a setting, or null when never set (callers apply defaults and validate). */
export function getSetting(db: Db, key: string): unknown {
  const row = db.select({ v: settings.valueJson }).from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.v) as unknown) : null;
}
