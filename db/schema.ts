import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  customType,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  unique,
} from "drizzle-orm/sqlite-core";

/**
 * The one source of truth for the database schema. `npm run db:generate` turns it into
 * `db/migrations/`; `db/client.ts` applies those on open. Column names are snake_case in SQL.
 *
 * Times are integer milliseconds since the epoch. Cell values are exact scaled integers
 * (745.45 万元 at scale 2 is 74545) and are JS `bigint` on both sides; see `cellValues`.
 */

/** Default for time columns, evaluated by SQLite so raw inserts get it too. */
const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

/**
 * An INTEGER column read and written as `bigint`. better-sqlite3 binds a BigInt exactly; reads
 * through drizzle return a JS number unless the query casts the value to TEXT, so the value
 * queries in `db/queries/` use CAST or `safeIntegers()`. Should a lossy number ever reach
 * `fromDriver`, it throws instead of returning a wrong value.
 */
export const bigintInteger = customType<{ data: bigint; driverData: bigint | number | string }>({
  dataType() {
    return "integer";
  },
  toDriver(value) {
    return value;
  },
  fromDriver(value) {
    if (typeof value === "number" && !Number.isSafeInteger(value)) {
      throw new RangeError(`integer ${value} was read as an inexact number; read it with CAST(... AS TEXT)`);
    }
    return BigInt(value);
  },
});

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable across years; the key of imports and exports. */
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => organisations.id),
    /** One of lib/import ORG_KINDS; free text, validated in lib/. */
    kind: text("kind").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The organisation this one took over (merges). */
    predecessorId: integer("predecessor_id").references((): AnySQLiteColumn => organisations.id),
    /** 规章制定权 (自治区人民政府, governments of 设区的市): without it, 规章 figures above 0 are a warning. */
    ruleMaking: integer("rule_making", { mode: "boolean" }).notNull().default(false),
    /** The office's wording of this unit in reports, over the defaults from name and kind (lib/report/wording); null: defaults. */
    wording: text("wording", { mode: "json" }).$type<Record<string, string>>(),
    createdAt: integer("created_at").notNull().default(nowMs),
    updatedAt: integer("updated_at").notNull().default(nowMs),
  },
  (t) => [index("organisations_parent_idx").on(t.parentId)],
);

export const cycles = sqliteTable("cycles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  year: integer("year").notNull().unique(),
  templateId: text("template_id").notNull(),
  /** The year-on-year factor k as an exact fraction num/den. */
  warningFactorNum: integer("warning_factor_num").notNull().default(3),
  warningFactorDen: integer("warning_factor_den").notNull().default(1),
  warningMinimum: integer("warning_minimum").notNull().default(100),
  /** Deadlines by name (ISO dates), e.g. {"department": "2019-01-31"}; keys are lib/'s business. */
  deadlines: text("deadlines", { mode: "json" }).$type<Record<string, string>>(),
  status: text("status", { enum: ["open", "closed"] }).notNull().default("open"),
  /** 预审: units send their report text to the office above before 签发 (decision 022); on for a new cycle. */
  prereview: integer("prereview", { mode: "boolean" }).notNull().default(true),
  createdAt: integer("created_at").notNull().default(nowMs),
});

/** The organisation tree as it was when the cycle was created; later moves never rewrite it. */
export const rosterEntries = sqliteTable(
  "roster_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    /** The parent at snapshot time (an organisation id; no FK so the snapshot stays as taken). */
    parentOrgId: integer("parent_org_id"),
    /** What a government's report covers this cycle: area (everything below), own (本级: the government itself and its departments) or both (two reports). */
    coverage: text("coverage", { enum: ["area", "own", "both"] }).notNull().default("area"),
    /** Counted in the parent's sums this cycle (a 垂直管理 unit is not, unless the office includes it). */
    inSums: integer("in_sums", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [
    unique("roster_entries_cycle_org_uq").on(t.cycleId, t.orgId),
    unique("roster_entries_cycle_code_uq").on(t.cycleId, t.code),
    index("roster_entries_cycle_parent_idx").on(t.cycleId, t.parentOrgId),
  ],
);

export const SUBMISSION_STATUSES = ["draft", "ready", "submitted", "returned", "approved"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
/** The workflow points at which a submission's state is kept as a version (decision 020; labels in lib/workflow/kept-versions). */
export const KEPT_POINTS = ["ready", "signoff", "return", "approve", "correction"] as const;
export type KeptPoint = (typeof KEPT_POINTS)[number];

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull().default(nowMs),
    /** The previous hash, so a password change cannot reuse it. */
    previousPasswordHash: text("previous_password_hash"),
    passwordChangedAt: integer("password_changed_at"),
    /** Consecutive failed logins and the end of the current lockout (account lockout, not per address). */
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: integer("locked_until"),
    /** TOTP secret (base32); enabled once the user has proved a code. The last step used refuses replays. */
    totpSecret: text("totp_secret"),
    totpEnabled: integer("totp_enabled", { mode: "boolean" }).notNull().default(false),
    totpLastStep: integer("totp_last_step"),
    lastLoginAt: integer("last_login_at"),
  },
  (t) => [index("users_org_idx").on(t.orgId)],
);

/** Server-side sessions: the JWT carries only the id, so a session can be ended at any time. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    revokedAt: integer("revoked_at"),
    revokedReason: text("revoked_reason"),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** A role granted to a user on a node of the organisation tree. */
export const roleGrants = sqliteTable(
  "role_grants",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role").notNull(),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    grantedBy: integer("granted_by").references(() => users.id),
    grantedAt: integer("granted_at").notNull().default(nowMs),
  },
  (t) => [unique("role_grants_user_role_org_uq").on(t.userId, t.role, t.orgId), index("role_grants_org_idx").on(t.orgId)],
);

/** Small settings kept as JSON by key (the security policy). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  valueJson: text("value_json").notNull(),
  updatedAt: integer("updated_at").notNull().default(nowMs),
  updatedBy: integer("updated_by").references(() => users.id),
});

export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("draft"),
    /** The optimistic-lock counter: starts at 1, +1 on every replacement of the values (decision 020). */
    version: integer("version").notNull().default(1),
    submittedAt: integer("submitted_at"),
    approvedAt: integer("approved_at"),
    updatedAt: integer("updated_at").notNull().default(nowMs),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [
    unique("submissions_cycle_org_uq").on(t.cycleId, t.orgId),
    index("submissions_cycle_status_idx").on(t.cycleId, t.status),
    index("submissions_org_idx").on(t.orgId),
  ],
);

/**
 * One row per filled cell; a blank cell has no row. Migration 0001 (custom SQL) rebuilds this
 * table WITHOUT ROWID, which drizzle-kit cannot express: keep that migration when regenerating.
 */
export const cellValues = sqliteTable(
  "cell_values",
  {
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    cellCode: text("cell_code").notNull(),
    /** The exact scaled integer; may exceed 2^53. */
    value: bigintInteger("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.cellCode] })],
);

/**
 * Replaced versions of a submission, kept for ever. `createdAt`/`createdBy` are when and by whom
 * that version was written (the submission's updatedAt/updatedBy at the time it was replaced).
 */
export const submissionVersions = sqliteTable(
  "submission_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    /** The optimistic-lock version (submissions.version) whose state this row holds. */
    version: integer("version").notNull(),
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull(),
    /**
     * The workflow point that kept this state (its status is the one after the step), and its
     * number among the submission's kept versions (第 1 版, 第 2 版 …). Both null: a state archived
     * by a save before migration 0011, when every save made a row (decision 020).
     */
    point: text("point", { enum: KEPT_POINTS }),
    kept: integer("kept"),
    /** {cellCode: "decimal integer string"} */
    valuesJson: text("values_json").notNull(),
    /** [{ruleKey, text}] as they stood with this version. */
    explanationsJson: text("explanations_json").notNull().default("[]"),
    createdAt: integer("created_at").notNull().default(nowMs),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [
    // Several kept versions may hold the same lock version (待签发, 签发 and 通过 of unchanged values).
    unique("submission_versions_submission_kept_uq").on(t.submissionId, t.kept),
    index("submission_versions_submission_version_idx").on(t.submissionId, t.version),
  ],
);

/** A unit's explanation of one warning instance (ruleKey e.g. "C2-ne-C1", "change:A1"). */
export const warningExplanations = sqliteTable(
  "warning_explanations",
  {
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    ruleKey: text("rule_key").notNull(),
    text: text("text").notNull(),
    createdAt: integer("created_at").notNull().default(nowMs),
    createdBy: integer("created_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.ruleKey] })],
);

/** A 负责人's 签发: who signed which version of a submission (statistics) or of its report, and when. */
export const signoffs = sqliteTable(
  "signoffs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    signerUserId: integer("signer_user_id").references(() => users.id),
    /** As the signer was named when signing (the account's name may change later). */
    signerName: text("signer_name").notNull(),
    at: integer("at").notNull(),
    kind: text("kind", { enum: ["stats", "report"] }).notNull(),
    /** The deadline day in force when signed (null: none set) and whether the signing was after it (逾期). */
    deadline: text("deadline"),
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    /** The kept version (submission_versions.kept) this 签发 made; null for report signoffs and those before migration 0011. */
    keptVersion: integer("kept_version"),
  },
  (t) => [index("signoffs_submission_idx").on(t.submissionId, t.at)],
);

/** A reviewer's comment on a version of a submission: on one cell, or (cellCode null) the whole of it. */
export const submissionComments = sqliteTable(
  "submission_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    cellCode: text("cell_code"),
    text: text("text").notNull(),
    authorUserId: integer("author_user_id").references(() => users.id),
    at: integer("at").notNull(),
    resolvedAt: integer("resolved_at"),
  },
  (t) => [index("submission_comments_submission_idx").on(t.submissionId, t.version)],
);

/** A unit's request to correct approved statistics (更正), and the reviewer's reopening of it. */
export const correctionRequests = sqliteTable(
  "correction_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    requestedBy: integer("requested_by").references(() => users.id),
    at: integer("at").notNull(),
    reopenedBy: integer("reopened_by").references(() => users.id),
    /** Null while the request is open. */
    reopenedAt: integer("reopened_at"),
  },
  (t) => [index("correction_requests_submission_idx").on(t.submissionId, t.reopenedAt)],
);

/** Files kept with a version of a submission, e.g. the sealed scan of the signed table. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    bytes: blob("bytes", { mode: "buffer" }).notNull(),
    /** Hex SHA-256 of `bytes`. */
    sha256: text("sha256").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    at: integer("at").notNull(),
  },
  (t) => [index("attachments_submission_idx").on(t.submissionId, t.version)],
);

/**
 * The narrative a unit is writing for its report of a cycle (its own report, or its compiled
 * report when it compiles others): one draft per (cycle, org). `docJson` is a
 * `lib/report/narrative-doc` NarrativeDoc (paragraphs of text and bound figure tokens by prose
 * block id, reworded headings); `version` +1 on every save (optimistic lock, like submissions).
 */
export const reportDrafts = sqliteTable(
  "report_drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    /** Which of the unit's reports: the area's (全域) or the 本级's; a government may have both (lib/report/coverage.ts). */
    coverage: text("coverage", { enum: ["area", "own"] }).notNull().default("area"),
    docJson: text("doc_json").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: integer("updated_at").notNull().default(nowMs),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [unique("report_drafts_cycle_org_coverage_uq").on(t.cycleId, t.orgId, t.coverage)],
);

/**
 * A step towards publishing a report draft version: the 负责人's 签发 ("signoff") or the recorded
 * 保密审查 confirmation ("secrecy"). A later draft save makes earlier steps stale (they name the
 * draft version they were given on).
 */
export const reportReviews = sqliteTable(
  "report_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    coverage: text("coverage", { enum: ["area", "own"] }).notNull().default("area"),
    draftVersion: integer("draft_version").notNull(),
    kind: text("kind", { enum: ["signoff", "secrecy"] }).notNull(),
    userId: integer("user_id").references(() => users.id),
    /** As the user was named at the time. */
    userName: text("user_name").notNull(),
    note: text("note"),
    at: integer("at").notNull(),
    /** Fingerprint of the figures the report showed when this step was given (null before migration 0006). */
    dataSha256: text("data_sha256"),
    /**
     * Fingerprint of everything the step was given on: the document as it would be published
     * (text, preface fields, tables) and its figures (lib/report-publication contentSha256). Null
     * before migration 0010: such a step counts for nothing once the app compares contents.
     */
    contentSha256: text("content_sha256"),
  },
  (t) => [index("report_reviews_cycle_org_coverage_idx").on(t.cycleId, t.orgId, t.coverage, t.draftVersion)],
);

/**
 * The office's 预审 of a unit's report text (decision 022), as events: the unit sends it
 * ("send"), the reviewer of the office above clears it ("clear") or returns it ("return", with
 * comments on paragraphs). The state is the latest event's; a clearance counts only while the
 * report's text fingerprint equals `textSha256`.
 */
export const reportPrereviews = sqliteTable(
  "report_prereviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    coverage: text("coverage", { enum: ["area", "own"] }).notNull().default("area"),
    kind: text("kind", { enum: ["send", "clear", "return"] }).notNull(),
    draftVersion: integer("draft_version").notNull(),
    /** lib/report-prereview textSha256 of the report when the event was recorded. */
    textSha256: text("text_sha256").notNull(),
    userId: integer("user_id").references(() => users.id),
    /** As the user was named at the time. */
    userName: text("user_name").notNull(),
    note: text("note"),
    at: integer("at").notNull(),
  },
  (t) => [index("report_prereviews_cycle_org_coverage_idx").on(t.cycleId, t.orgId, t.coverage, t.at)],
);

/** A 预审 return's comment on one paragraph: the prose block and the paragraph's index in it, with the text it was made on. */
export const reportPrereviewComments = sqliteTable(
  "report_prereview_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    prereviewId: integer("prereview_id")
      .notNull()
      .references(() => reportPrereviews.id, { onDelete: "cascade" }),
    blockId: text("block_id").notNull(),
    /** Index in the block's stored paragraphs (the editor's 第 n 段 is n - 1). */
    paragraph: integer("paragraph").notNull(),
    /** The headings the paragraph was under ("一、总体情况（一）主动公开"). */
    heading: text("heading").notNull(),
    /** The paragraph as printed when commented on (it may be edited since). */
    quote: text("quote").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("report_prereview_comments_prereview_idx").on(t.prereviewId)],
);

/**
 * A published (frozen) version of a report: the document, the data and the text it was made
 * from (snapshotJson), the PDF bytes and their SHA-256. Never updated except for the official
 * URL/date recorded after posting on the government platform. Version 2+ is a correction with
 * its dated 更正说明.
 */
export const reportPublications = sqliteTable(
  "report_publications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    coverage: text("coverage", { enum: ["area", "own"] }).notNull().default("area"),
    version: integer("version").notNull(),
    draftVersion: integer("draft_version").notNull(),
    /** Whether this is the node's compiled report (it compiles others) or its own. */
    compiled: integer("compiled", { mode: "boolean" }).notNull(),
    title: text("title").notNull(),
    /** {document, totals, fields, narrative, sources} as published; see db/mutations/report-publications. */
    snapshotJson: text("snapshot_json").notNull(),
    /** Hex SHA-256 of the canonical totals the report was made from (to flag reports built on old figures). */
    dataSha256: text("data_sha256").notNull(),
    pdf: blob("pdf", { mode: "buffer" }).notNull(),
    pdfSha256: text("pdf_sha256").notNull(),
    /** 索引号, 发布机构, 成文日期 (ISO day). */
    indexNo: text("index_no"),
    publisher: text("publisher").notNull(),
    writtenDate: text("written_date").notNull(),
    publishedAt: integer("published_at").notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    signerName: text("signer_name").notNull(),
    signedAt: integer("signed_at").notNull(),
    secrecyName: text("secrecy_name").notNull(),
    secrecyAt: integer("secrecy_at").notNull(),
    /** 更正说明 and its day, for version 2+. */
    correctionNote: text("correction_note"),
    correctionDate: text("correction_date"),
    /** Recorded by the unit after posting on the 政府信息公开 platform. */
    officialUrl: text("official_url"),
    officialDate: text("official_date"),
  },
  (t) => [
    unique("report_publications_cycle_org_coverage_version_uq").on(t.cycleId, t.orgId, t.coverage, t.version),
    index("report_publications_published_idx").on(t.publishedAt),
  ],
);

/**
 * Append-only: migration 0003 adds triggers that refuse UPDATE and DELETE (and an INSERT that is
 * not at the end). Each row is chained: `hash = HMAC(key, prevHash || canonical(row))` with the
 * key outside the database; `hashAlg` (sha256 | sm3) is the row's own algorithm. See
 * lib/audit, db/audit and docs/decisions/006-audit-trail.md. Write only through `appendAudit`.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull().default(nowMs),
    userId: integer("user_id").references(() => users.id),
    username: text("username"),
    ip: text("ip"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    detailJson: text("detail_json"),
    prevHash: text("prev_hash"),
    hash: text("hash"),
    hashAlg: text("hash_alg"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
    index("audit_log_user_at_idx").on(t.userId, t.at),
    index("audit_log_username_at_idx").on(t.username, t.at),
    index("audit_log_action_at_idx").on(t.action, t.at),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Cycle = typeof cycles.$inferSelect;
export type NewCycle = typeof cycles.$inferInsert;
export type RosterEntry = typeof rosterEntries.$inferSelect;
export type NewRosterEntry = typeof rosterEntries.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Submission = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;
export type CellValue = typeof cellValues.$inferSelect;
export type NewCellValue = typeof cellValues.$inferInsert;
export type SubmissionVersion = typeof submissionVersions.$inferSelect;
export type NewSubmissionVersion = typeof submissionVersions.$inferInsert;
export type WarningExplanation = typeof warningExplanations.$inferSelect;
export type NewWarningExplanation = typeof warningExplanations.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type RoleGrant = typeof roleGrants.$inferSelect;
export type NewRoleGrant = typeof roleGrants.$inferInsert;
export type Setting = typeof settings.$inferSelect;
export type ReportPrereview = typeof reportPrereviews.$inferSelect;
export type ReportPrereviewComment = typeof reportPrereviewComments.$inferSelect;
export type Signoff = typeof signoffs.$inferSelect;
export type SubmissionComment = typeof submissionComments.$inferSelect;
export type CorrectionRequest = typeof correctionRequests.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type ReportDraft = typeof reportDrafts.$inferSelect;
export type ReportReview = typeof reportReviews.$inferSelect;
export type ReportPublication = typeof reportPublications.$inferSelect;
