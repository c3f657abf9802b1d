/**
 * A cycle's deadlines: per kind of unit and per purpose, Asia/Shanghai calendar days. Stored in
 * `cycles.deadlines` as a flat record keyed "kind.purpose", e.g. {"department.submit": "2019-01-31"}.
 */
export const DEADLINE_KINDS = ["department", "league_city", "county"] as const;
export const DEADLINE_PURPOSES = ["submit", "publish"] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export type DeadlinePurpose = (typeof DEADLINE_PURPOSES)[number];
export type Deadlines = Record<DeadlineKind, Record<DeadlinePurpose, string>>;

export const DEADLINE_KIND_LABELS = { department: "区直部门", league_city: "盟市", county: "旗县" } as const satisfies Record<DeadlineKind, string>;

export const DEADLINE_PURPOSE_LABELS = {
  submit: "报送（统计数据报送上级）",
  publish: "公开（本单位年度报告向社会公布）",
} as const satisfies Record<DeadlinePurpose, string>;

/** The stored key of one deadline. */
export function deadlineKey(kind: DeadlineKind, purpose: DeadlinePurpose): string {
  return `${kind}.${purpose}`;
}

/**
 * The legal deadlines for the reports on `year` (条例第四十九条): departments by 31 January of
 * the next year, governments (盟市, 旗县) by 31 March; the same day for submitting and publishing.
 */
export function defaultDeadlines(year: number): Deadlines {
  const jan31 = `${year + 1}-01-31`;
  const mar31 = `${year + 1}-03-31`;
  return {
    department: { submit: jan31, publish: jan31 },
    league_city: { submit: mar31, publish: mar31 },
    county: { submit: mar31, publish: mar31 },
  };
}

/** Deadlines as stored. */
export function flattenDeadlines(d: Deadlines): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of DEADLINE_KINDS) for (const purpose of DEADLINE_PURPOSES) out[deadlineKey(kind, purpose)] = d[kind][purpose];
  return out;
}

/** Stored deadlines as a form edits them; a missing one is null (never set, e.g. a cycle made by the CLI). */
export function readDeadlines(stored: Record<string, string> | null | undefined): Record<DeadlineKind, Record<DeadlinePurpose, string | null>> {
  const pick = (kind: DeadlineKind, purpose: DeadlinePurpose) => stored?.[deadlineKey(kind, purpose)] ?? null;
  return {
    department: { submit: pick("department", "submit"), publish: pick("department", "publish") },
    league_city: { submit: pick("league_city", "submit"), publish: pick("league_city", "publish") },
    county: { submit: pick("county", "submit"), publish: pick("county", "publish") },
  };
}
