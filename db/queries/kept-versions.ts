import type { Db } from "../client";
import { prepared } from "../prepared";
import type { KeptPoint, SubmissionStatus } from "../schema";
import type { CellValues } from "./submissions";

/** A kept version (decision 020) with who kept it, by name. */
export type KeptVersionRow = {
  kept: number;
  point: KeptPoint;
  /** The lock version whose state it holds. */
  version: number;
  status: SubmissionStatus;
  values: CellValues;
  explanations: { ruleKey: string; text: string }[];
  createdAt: number;
  createdByName: string | null;
};

const LIST = `
  select v.kept, v.point, v.version, v.status, v.values_json, v.explanations_json, v.created_at, u.display_name
    from submission_versions v
    left join users u on u.id = v.created_by
   where v.submission_id = ? and v.kept is not null
   order by v.kept`;

/** The submission's kept versions, 第 1 版 first, with their values and explanations. */
export function listKeptVersions(db: Db, submissionId: number): KeptVersionRow[] {
  const rows = prepared(db.$client, LIST).all(submissionId) as {
    kept: number;
    point: KeptPoint;
    version: number;
    status: SubmissionStatus;
    values_json: string;
    explanations_json: string;
    created_at: number;
    display_name: string | null;
  }[];
  return rows.map((r) => ({
    kept: r.kept,
    point: r.point,
    version: r.version,
    status: r.status,
    values: Object.fromEntries(Object.entries(JSON.parse(r.values_json) as Record<string, string>).map(([code, text]) => [code, BigInt(text)])),
    explanations: JSON.parse(r.explanations_json) as { ruleKey: string; text: string }[],
    createdAt: r.created_at,
    createdByName: r.display_name,
  }));
}

const LATEST = `select kept, point, version from submission_versions where submission_id = ? and kept is not null order by kept desc limit 1`;

/** The submission's latest kept version (number, point, lock version), or null before any. */
export function latestKeptVersion(db: Db, submissionId: number): { kept: number; point: KeptPoint; version: number } | null {
  return (prepared(db.$client, LATEST).get(submissionId) as { kept: number; point: KeptPoint; version: number } | undefined) ?? null;
}
