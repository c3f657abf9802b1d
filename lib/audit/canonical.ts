/** The fields of an audit row that its hash covers, as stored (snake_case columns in SQL). */
export type AuditRowFields = {
  id: number;
  at: number;
  userId: number | null;
  username: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detailJson: string | null;
  prevHash: string | null;
  hashAlg: string | null;
};

/** Bumped only together with a migration path: every stored hash depends on this text. */
export const CANONICAL_VERSION = "nianbao-audit/1";

/**
 * A row as one stable string: a JSON array in a fixed field order, led by the format version.
 * JSON keeps `null` apart from `"null"` and `1` apart from `"1"`, escapes every separator, and
 * needs no key ordering. Values are written as they were read, so a value of the wrong type
 * (text in `at`) changes the string instead of being coerced into the expected one.
 */
export function canonicalAuditRow(row: AuditRowFields): string {
  return JSON.stringify([
    CANONICAL_VERSION,
    row.id,
    row.at,
    row.userId,
    row.username,
    row.ip,
    row.action,
    row.targetType,
    row.targetId,
    row.detailJson,
    row.prevHash,
    row.hashAlg,
  ]);
}
