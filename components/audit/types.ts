/** One audit row as the auditor's page shows it. */
export type AuditRow = {
  id: number;
  at: number;
  username: string | null;
  userId: number | null;
  orgCode: string | null;
  orgName: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detailJson: string | null;
};

/** The filter as applied (from the address bar); empty strings are "any". */
export type AppliedFilter = { from: string; to: string; user: string; org: string; action: string };

export const AUDIT_PAGE_SIZE = 20;
