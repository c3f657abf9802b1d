import type { Db } from "../client";
import { type AuditEntry, auditLog } from "../schema";

export type AuditInput = {
  userId?: number | null;
  username?: string | null;
  ip?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  /** Serialised as JSON; bigints are written as decimal strings. */
  detail?: unknown;
};

/** Appends one audit entry (the log is append-only: nothing in db/ updates or deletes it). */
export function appendAudit(db: Db, input: AuditInput): AuditEntry {
  return db
    .insert(auditLog)
    .values({
      at: Date.now(),
      userId: input.userId ?? null,
      username: input.username ?? null,
      ip: input.ip ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId == null ? null : String(input.targetId),
      detailJson:
        input.detail === undefined
          ? null
          : JSON.stringify(input.detail, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
    })
    .returning()
    .get();
}
