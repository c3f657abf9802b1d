/**
 * Where a report stands in the office's 预审 (decision 022), from its recorded events. Pure: the
 * commands, the report page and the dashboard decide from this one function.
 */

export type PrereviewEventKind = "send" | "clear" | "return";

export type PrereviewEvent = {
  kind: PrereviewEventKind;
  draftVersion: number;
  textSha256: string;
  userName: string;
  note: string | null;
  at: number;
};

/** none: no 预审 for this report (the cycle has it off, or no office above). */
export type PrereviewStateCode = "none" | "unsent" | "pending" | "returned" | "cleared";

export const PREREVIEW_STATE_LABELS: Record<PrereviewStateCode, string> = {
  none: "无需预审",
  unsent: "未送审",
  pending: "待预审",
  returned: "已退回",
  cleared: "已通过",
};

/** Why a report has no 预审. */
export type PrereviewApplies = { applies: true; office: string } | { applies: false; why: "off" | "root" };

export type PrereviewState = {
  code: PrereviewStateCode;
  label: string;
  /** A clearance given on other text (the text changed since): the report must be sent again. */
  voided: boolean;
  /** The latest event (null: none). */
  latest: PrereviewEvent | null;
  /** The clearance that counts now. */
  cleared: PrereviewEvent | null;
  /** What the panel says: where it stands and whom it waits for. */
  summary: string;
  /** Why 签发 (and publishing) must wait, or "" when it need not. */
  blocker: string;
};

/**
 * @param applies whether the report has a 预审 and the office above's name
 * @param events the report's 预审 events, any order
 * @param textNow the report's text fingerprint now (lib/report-prereview textSha256); null when
 *   unknown (the dashboard: a clearance then counts while the draft version is the one cleared)
 * @param draftNow the report's draft version now (used when textNow is null)
 */
export function prereviewState(applies: PrereviewApplies, events: readonly PrereviewEvent[], textNow: string | null, draftNow?: number): PrereviewState {
  const latest = [...events].sort((a, b) => a.at - b.at).at(-1) ?? null;
  const base = { latest, voided: false, cleared: null } as const;
  if (!applies.applies) {
    const summary = applies.why === "off" ? "本周期未开启报告预审" : "本单位没有上级机关，报告无需预审";
    return { ...base, code: "none", label: PREREVIEW_STATE_LABELS.none, summary, blocker: "" };
  }
  const office = applies.office;
  const unsent = (voided: boolean): PrereviewState => ({
    ...base,
    code: "unsent",
    label: PREREVIEW_STATE_LABELS.unsent,
    voided,
    summary: voided ? `预审通过后报告正文已修改，须重新送${office}预审` : `尚未送${office}预审`,
    blocker: voided ? `预审通过后报告正文已修改，须重新送${office}预审，通过后才能签发` : `报告须经${office}预审通过后才能签发：请填报员或负责人送预审`,
  });
  if (!latest) return unsent(false);
  if (latest.kind === "send") {
    return { ...base, code: "pending", label: PREREVIEW_STATE_LABELS.pending, summary: `已送${office}预审，等待${office}审核员预审`, blocker: `报告正在${office}预审中，须等待${office}审核员预审通过后才能签发` };
  }
  if (latest.kind === "return") {
    return { ...base, code: "returned", label: PREREVIEW_STATE_LABELS.returned, summary: `${office}已退回修改，请按意见修改后重新送预审`, blocker: `${office}预审退回修改，须修改后重新送预审，通过后才能签发` };
  }
  const same = textNow !== null ? latest.textSha256 === textNow : latest.draftVersion === draftNow;
  if (!same) return unsent(true);
  return { ...base, code: "cleared", label: PREREVIEW_STATE_LABELS.cleared, cleared: latest, summary: `${office}已预审通过（${latest.userName}）`, blocker: "" };
}
