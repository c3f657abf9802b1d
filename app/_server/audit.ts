import "server-only";
import { getDb } from "@/db/client";
import { appendAudit, type AuditInput } from "@/db/mutations/audit";
import { now } from "./clock";

/** Appends an audit entry (hash-chained in db/), timed by the server clock. */
export function audit(input: AuditInput): void {
  appendAudit(getDb(), { at: now(), ...input });
}
