import type { AuditEntryWords } from "@/lib/audit/entry-words";

/** One audit row as the auditor's page shows it: in words (server/audit/audit-page), the action's code beside its name. */
export type AuditRow = AuditEntryWords & {
  id: number;
  at: number;
  orgCode: string | null;
  orgName: string | null;
  ip: string | null;
  actionCode: string;
};

/** The filter as applied (from the address bar); empty strings are "any". */
export type AppliedFilter = { from: string; to: string; user: string; org: string; action: string };

export const AUDIT_PAGE_SIZE = 20;
