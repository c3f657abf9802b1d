import "server-only";
import { getDb } from "@/db/client";
import { appendAudit, type AuditInput } from "@/db/mutations/audit";

/** Appends an audit entry (hash-chained in db/). */
export function audit(input: AuditInput): void {
  appendAudit(getDb(), input);
}
