import type { Db } from "@/db/client";
import { appendAudit, type AuditInput } from "@/db/mutations/audit";
import { auditWho, type Caller } from "./caller";

/** Appends an audit entry (hash-chained in db/); the caller passes its clock's time. */
export function audit(db: Db, input: AuditInput & { at: number }): void {
  appendAudit(db, input);
}

/** An entry on behalf of `caller`: the console's rows name `cli` and carry the OS user in the detail. */
export function auditAs(db: Db, caller: Caller, where: { ip: string | null; at: number }, entry: Omit<AuditInput, "userId" | "username" | "ip" | "at">): void {
  const who = auditWho(caller);
  const detail = who.detail ? { ...who.detail, ...(isRecord(entry.detail) ? entry.detail : entry.detail === undefined ? {} : { value: entry.detail }) } : entry.detail;
  appendAudit(db, { ...entry, userId: who.userId, username: who.username, ip: where.ip, at: where.at, ...(detail === undefined ? {} : { detail }) });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
