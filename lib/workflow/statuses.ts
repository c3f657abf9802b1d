/** A submission's statuses (issue: 未填报 → 草稿 → 待签发 → 已报送 → 已退回 → 已通过). */
export const SUBMISSION_STATUS_LABELS = {
  draft: "草稿",
  ready: "待签发",
  submitted: "已报送",
  returned: "已退回",
  approved: "已通过",
} as const;

export type SubmissionStatusCode = keyof typeof SUBMISSION_STATUS_LABELS;

/** Shown for a unit of the roster with no submission yet. */
export const NOT_STARTED_LABEL = "未填报";

/** Statuses in which the unit's 填报员 may still change values. */
export const EDITABLE_STATUSES: readonly SubmissionStatusCode[] = ["draft", "ready", "returned"];

export function statusLabel(status: string | null | undefined): string {
  return status && status in SUBMISSION_STATUS_LABELS ? SUBMISSION_STATUS_LABELS[status as SubmissionStatusCode] : NOT_STARTED_LABEL;
}
