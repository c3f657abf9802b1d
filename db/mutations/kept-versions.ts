import type Database from "better-sqlite3";
import { nextKeptNumber } from "@/lib/workflow/kept-versions";
import { prepared } from "../prepared";
import type { KeptPoint, SubmissionStatus } from "../schema";

const SQL = {
  current: `select id, version, status from submissions where id = ?`,
  values: `select cell_code, value from cell_values where submission_id = ? order by cell_code`,
  explanations: `select rule_key, text from warning_explanations where submission_id = ? order by rule_key`,
  numbers: `select kept from submission_versions where submission_id = ? and kept is not null`,
  insert: `insert into submission_versions (submission_id, version, status, point, kept, values_json, explanations_json, created_at, created_by)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

/** A submission's stored state as submission_versions keeps it: values as exact decimal text, explanations by key. */
export function stateJson(sqlite: Database.Database, submissionId: number): { valuesJson: string; explanationsJson: string } {
  const values: Record<string, string> = {};
  const rows = prepared(sqlite, SQL.values).raw(true).safeIntegers(true).all(submissionId) as [string, bigint][];
  for (const [code, value] of rows) values[code] = value.toString();
  const explanations = (prepared(sqlite, SQL.explanations).raw(true).all(submissionId) as [string, string][]).map(([ruleKey, text]) => ({ ruleKey, text }));
  return { valuesJson: JSON.stringify(values), explanationsJson: JSON.stringify(explanations) };
}

/**
 * Keeps the submission's state as it stands now (values, explanations, status, lock version) as
 * its next kept version (第 n 版) for `point`. Call inside the transaction of the step that
 * reached the point, after its writes. Returns the kept version's number.
 */
export function keepVersion(sqlite: Database.Database, submissionId: number, point: KeptPoint, at: number, userId: number | null): number {
  const row = prepared(sqlite, SQL.current).get(submissionId) as { id: number; version: number; status: SubmissionStatus } | undefined;
  if (!row) throw new Error(`submission ${submissionId} not found`);
  const kept = nextKeptNumber(prepared(sqlite, SQL.numbers).pluck().all(submissionId) as number[]);
  const { valuesJson, explanationsJson } = stateJson(sqlite, submissionId);
  prepared(sqlite, SQL.insert).run(submissionId, row.version, row.status, point, kept, valuesJson, explanationsJson, at, userId);
  return kept;
}
