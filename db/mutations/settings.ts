import type { Db } from "../client";
import { settings } from "../schema";

export function putSetting(db: Db, key: string, value: unknown, by: number | null, at: number): void {
  const valueJson = JSON.stringify(value);
  db.insert(settings)
    .values({ key, valueJson, updatedAt: at, updatedBy: by })
    .onConflictDoUpdate({ target: settings.key, set: { valueJson, updatedAt: at, updatedBy: by } })
    .run();
}
