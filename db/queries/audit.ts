import { and, asc, count, desc, eq, getTableColumns, gt, gte, inArray, lt, type SQL } from "drizzle-orm";
import { AUDIT_PAGE_SIZE_MAX, type AuditFilter, dayFilterRange } from "@/lib/audit";
import type { Db } from "../client";
import { type AuditEntry, auditLog, organisations, users } from "../schema";

/** An audit row with the unit of its user (null for rows without a user, e.g. the CLI's). */
export type AuditListItem = AuditEntry & { orgCode: string | null; orgName: string | null };

export type AuditScope = {
  /** Only rows whose user belongs to one of these units (an auditor who sees part of the tree). */
  orgIds?: readonly number[];
};

export type AuditPage = AuditScope & {
  /** 1..AUDIT_PAGE_SIZE_MAX */
  limit: number;
  offset?: number;
  /** Newest first (default) or oldest first. */
  order?: "desc" | "asc";
};

/**
 * The WHERE clause of a filter. Each condition has an index: at (audit_log_at_idx), username
 * (audit_log_username_at_idx), action (audit_log_action_at_idx); the unit goes through
 * organisations.code → users_org_idx → audit_log_user_at_idx as `user_id IN (users of the unit)`
 * (a condition on the LEFT JOINed organisation would scan the whole log).
 */
function where(db: Db, filter: AuditFilter, scope: AuditScope): SQL | undefined {
  const { fromMs, toMs } = dayFilterRange(filter.from, filter.to);
  const usersOfUnit = (code: string) =>
    db.select({ id: users.id }).from(users).innerJoin(organisations, eq(organisations.id, users.orgId)).where(eq(organisations.code, code));
  const usersIn = (orgIds: readonly number[]) => db.select({ id: users.id }).from(users).where(inArray(users.orgId, [...orgIds]));
  return and(
    fromMs === undefined ? undefined : gte(auditLog.at, fromMs),
    toMs === undefined ? undefined : lt(auditLog.at, toMs),
    filter.user ? eq(auditLog.username, filter.user) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.org ? inArray(auditLog.userId, usersOfUnit(filter.org)) : undefined,
    scope.orgIds ? inArray(auditLog.userId, usersIn(scope.orgIds)) : undefined,
  );
}

function selectItems(db: Db) {
  return db
    .select({ ...getTableColumns(auditLog), orgCode: organisations.code, orgName: organisations.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(organisations, eq(organisations.id, users.orgId));
}

function listQuery(db: Db, filter: AuditFilter, page: AuditPage) {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > AUDIT_PAGE_SIZE_MAX) {
    throw new RangeError(`limit must be 1..${AUDIT_PAGE_SIZE_MAX}: ${page.limit}`);
  }
  return selectItems(db)
    .where(where(db, filter, page))
    .orderBy(page.order === "asc" ? asc(auditLog.id) : desc(auditLog.id))
    .limit(page.limit)
    .offset(Math.max(0, page.offset ?? 0));
}

/** One page of the audit log matching `filter` (parse it with auditFilterSchema first). */
export function listAudit(db: Db, filter: AuditFilter, page: AuditPage): AuditListItem[] {
  return listQuery(db, filter, page).all();
}

/** The SQL listAudit runs (for EXPLAIN QUERY PLAN in tests). */
export function listAuditSql(db: Db, filter: AuditFilter, page: AuditPage): { sql: string; params: unknown[] } {
  return listQuery(db, filter, page).toSQL();
}

/** How many rows match `filter` (for the page's pager). */
export function countAudit(db: Db, filter: AuditFilter, scope: AuditScope = {}): number {
  return db.select({ n: count() }).from(auditLog).where(where(db, filter, scope)).get()?.n ?? 0;
}

/** Every matching row, oldest first, read in batches by id (the export; no OFFSET cost). */
export function* iterateAudit(db: Db, filter: AuditFilter, scope: AuditScope = {}, batchSize = 1000): Generator<AuditListItem> {
  let afterId = 0;
  for (;;) {
    const batch = selectItems(db)
      .where(and(where(db, filter, scope), gt(auditLog.id, afterId)))
      .orderBy(asc(auditLog.id))
      .limit(batchSize)
      .all();
    yield* batch;
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1]!.id;
  }
}

/** The newest audit entry about one target (indexed by target), or null. */
export function lastAuditForTarget(db: Db, targetType: string, targetId: string): AuditEntry | null {
  return (
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .get() ?? null
  );
}
