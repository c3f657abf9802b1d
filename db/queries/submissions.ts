import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { prepared, RECORD_SEP, UNIT_SEP } from "../prepared";
import {
  cellValues,
  type KeptPoint,
  type Submission,
  submissions,
  submissionVersions,
  type SubmissionStatus,
  warningExplanations,
} from "../schema";

export type CellValues = Record<string, bigint>;

export type Explanation = { ruleKey: string; text: string; createdAt: number; createdBy: number | null };

export type SubmissionDetail = Submission & { values: CellValues; explanations: Explanation[] };

export type SubmissionValuesRow = { orgId: number; orgCode: string; status: SubmissionStatus; values: CellValues };

export type SubmissionHistoryEntry = {
  /** The lock version whose state the row holds. */
  version: number;
  /** The workflow point and 第 n 版 of a kept version; both null for an archived replaced state (decision 020). */
  point: KeptPoint | null;
  kept: number | null;
  status: SubmissionStatus;
  values: CellValues;
  explanations: { ruleKey: string; text: string }[];
  createdAt: number;
  createdBy: number | null;
};

/** Exact text of an INTEGER cell value; drizzle would read it as a (possibly inexact) JS number. */
const valueText = sql<string>`cast(${cellValues.value} as text)`;

/** The unit's submission in this cycle with its values and explanations, or null. */
export function getSubmission(db: Db, cycleId: number, orgId: number): SubmissionDetail | null {
  const submission = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycleId), eq(submissions.orgId, orgId)))
    .get();
  if (!submission) return null;
  const values: CellValues = {};
  for (const row of db
    .select({ code: cellValues.cellCode, value: valueText })
    .from(cellValues)
    .where(eq(cellValues.submissionId, submission.id))
    .all()) {
    values[row.code] = BigInt(row.value);
  }
  const explanations = db
    .select({
      ruleKey: warningExplanations.ruleKey,
      text: warningExplanations.text,
      createdAt: warningExplanations.createdAt,
      createdBy: warningExplanations.createdBy,
    })
    .from(warningExplanations)
    .where(eq(warningExplanations.submissionId, submission.id))
    .orderBy(asc(warningExplanations.ruleKey))
    .all();
  return { ...submission, values, explanations };
}

/** Every submission of the cycle (no values), by organisation id: the "who has submitted" view. */
export function listSubmissions(db: Db, cycleId: number): Submission[] {
  return db.select().from(submissions).where(eq(submissions.cycleId, cycleId)).orderBy(asc(submissions.orgId)).all();
}

/** orgId → status of every submission of the cycle (the import checks what it would overwrite). */
export function listSubmissionStatuses(db: Db, cycleId: number): Map<number, SubmissionStatus> {
  const rows = db
    .select({ orgId: submissions.orgId, status: submissions.status })
    .from(submissions)
    .where(eq(submissions.cycleId, cycleId))
    .all();
  return new Map(rows.map((r) => [r.orgId, r.status]));
}

/**
 * The rows of submission_versions of the unit's submission in the cycle, in the order they were
 * written, with their values: kept versions (point and number) and archived replaced states.
 */
export function listSubmissionVersions(db: Db, cycleId: number, orgId: number): SubmissionHistoryEntry[] {
  return db
    .select({
      version: submissionVersions.version,
      point: submissionVersions.point,
      kept: submissionVersions.kept,
      status: submissionVersions.status,
      valuesJson: submissionVersions.valuesJson,
      explanationsJson: submissionVersions.explanationsJson,
      createdAt: submissionVersions.createdAt,
      createdBy: submissionVersions.createdBy,
    })
    .from(submissionVersions)
    .innerJoin(submissions, eq(submissions.id, submissionVersions.submissionId))
    .where(and(eq(submissions.cycleId, cycleId), eq(submissions.orgId, orgId)))
    .orderBy(asc(submissionVersions.id))
    .all()
    .map((v) => ({
      version: v.version,
      point: v.point,
      kept: v.kept,
      status: v.status,
      values: Object.fromEntries(
        Object.entries(JSON.parse(v.valuesJson) as Record<string, string>).map(([code, text]) => [code, BigInt(text)]),
      ),
      explanations: JSON.parse(v.explanationsJson) as { ruleKey: string; text: string }[],
      createdAt: v.createdAt,
      createdBy: v.createdBy,
    }));
}

/*
 * SQLite packs each submission's cells into one "code US value RS code US value" string with
 * group_concat, so the row count crossing into JS is the number of submissions, not of cells.
 * Measured on 90,000 x 58 (see tests/integration/db/bulk.bench.test.ts): one row per cell grouped
 * in JS took 8-9 s, almost all of it per-row conversion in better-sqlite3; packed, about 3 s.
 * Integers print exactly as text, so values stay exact past 2^53.
 */
const LIST_VALUES_SQL = `
  select s.org_id, o.code, s.status,
         (select group_concat(v.cell_code || char(31) || v.value, char(30))
            from cell_values v where v.submission_id = s.id)
    from submissions s
    join organisations o on o.id = s.org_id
   where s.cycle_id = ? and s.status in (select value from json_each(?))
   order by o.code`;

/**
 * The values of every submission of the cycle whose status is in `statuses`, ordered by
 * organisation code. One query; a submission without values comes back with `values: {}`.
 */
export function listSubmissionValues(db: Db, cycleId: number, statuses: readonly string[]): SubmissionValuesRow[] {
  const rows = prepared(db.$client, LIST_VALUES_SQL)
    .raw(true)
    .all(cycleId, JSON.stringify(statuses)) as [number, string, SubmissionStatus, string | null][];
  const out: SubmissionValuesRow[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const [orgId, orgCode, status, packed] = rows[r]!;
    const values: CellValues = {};
    if (packed !== null) {
      for (const pair of packed.split(RECORD_SEP)) {
        const at = pair.indexOf(UNIT_SEP);
        values[pair.slice(0, at)] = BigInt(pair.slice(at + 1));
      }
    }
    out[r] = { orgId, orgCode, status, values };
  }
  return out;
}

const SUM_SQL = `
  select v.cell_code, sum(v.value)
    from submissions s
    join cell_values v on v.submission_id = s.id
   where s.cycle_id = ? and s.status in (select value from json_each(?))
     and not exists (select 1 from roster_entries r where r.cycle_id = s.cycle_id and r.parent_org_id = s.org_id)
   group by v.cell_code`;

/**
 * Per-cell totals over the cycle's leaf submissions with these statuses (a compiling unit's
 * stored compiled result would count its units twice), summed by SQLite in one query (the
 * raw-SQL baseline of the aggregation benchmark). SQLite's SUM of integers is exact
 * and throws "integer overflow" rather than going past 2^63-1.
 */
export function sumCellValuesSql(db: Db, cycleId: number, statuses: readonly string[]): CellValues {
  const rows = prepared(db.$client, SUM_SQL)
    .raw(true)
    .safeIntegers(true)
    .all(cycleId, JSON.stringify(statuses)) as [string, bigint][];
  const totals: CellValues = {};
  for (const [code, total] of rows) totals[code] = total;
  return totals;
}
