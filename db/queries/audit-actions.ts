import { asc } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

/** Every action name the log holds, for the auditor's filter (reads the action index only). */
export function listAuditActions(db: Db): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.action);
}
