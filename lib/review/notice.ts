/** One direct child as the draft 通报 lists it (already formatted). */
export type NoticeUnit = {
  code: string;
  name: string;
  statusLabel: string;
  deadline: string | null;
  /** When it was signed and sent up ("2031-01-20 10:00"), null when not yet. */
  sentAt: string | null;
  /** "2天3小时" when signed late or still unsent past the deadline. */
  lateBy: string | null;
  /** Its own report's first publication (date, official URL, how late against the publish deadline), null when not published. */
  publication: { date: string; url: string | null; lateBy: string | null } | null;
  /** The unit kind's deadline for publishing its own report, null when the cycle sets none. */
  publishDeadline: string | null;
  /** Not published and past the publish deadline: by how much ("3天"). */
  publishOverdue: string | null;
};

export type NoticeRow = { unit: string; status: string; deadline: string; timing: string; publication: string };

export type Notice = { title: string; columns: string[]; rows: NoticeRow[] };

export const NOTICE_COLUMNS = ["单位", "状态", "截止日期", "报送时间/逾期时长", "报告发布情况"];

export function noticeTitle(year: number): string {
  return `关于${year}年度政府信息公开工作年度报告报送情况的通报（草稿）`;
}

/** "2031-01-20 10:00（逾期 1天）", "未报送（已逾期 3天）", "未报送". */
export function timingText(u: Pick<NoticeUnit, "sentAt" | "lateBy">): string {
  if (u.sentAt) return u.lateBy ? `${u.sentAt}（逾期 ${u.lateBy}）` : u.sentAt;
  return u.lateBy ? `未报送（已逾期 ${u.lateBy}）` : "未报送";
}

/**
 * "已发布（2031-02-01，https://…）", "已发布（2031-02-05，逾期 4天）", "未发布（发布期限 2031-01-31，已逾期
 * 3天）", "未发布（发布期限 2031-01-31）", "未发布".
 */
export function publicationText(u: Pick<NoticeUnit, "publication" | "publishDeadline" | "publishOverdue">): string {
  const p = u.publication;
  if (p) return `已发布（${[p.date, p.url, p.lateBy ? `逾期 ${p.lateBy}` : null].filter(Boolean).join("，")}）`;
  if (u.publishOverdue) return `未发布（发布期限 ${u.publishDeadline}，已逾期 ${u.publishOverdue}）`;
  return u.publishDeadline ? `未发布（发布期限 ${u.publishDeadline}）` : "未发布";
}

/** Whether a unit's own report is late: published after its deadline, or still unpublished past it. */
export function publicationLate(u: Pick<NoticeUnit, "publication" | "publishOverdue">): boolean {
  return u.publication ? u.publication.lateBy !== null : u.publishOverdue !== null;
}

/**
 * The draft 通报: the units that are 逾期 (signed late, or unsent past their deadline), or whose
 * own report is late (published after its deadline, or still unpublished past it), in the order
 * given (the dashboard's: by unit code). An unpublished report before its deadline is no fault.
 */
export function buildNotice(year: number, units: NoticeUnit[]): Notice {
  const rows = units
    .filter((u) => u.lateBy !== null || publicationLate(u))
    .map((u) => ({
      unit: `${u.name}（${u.code}）`,
      status: u.statusLabel,
      deadline: u.deadline ?? "未设置",
      timing: timingText(u),
      publication: publicationText(u),
    }));
  return { title: noticeTitle(year), columns: NOTICE_COLUMNS, rows };
}

/** The download name, with the cycle's title once ("2026年度（演示数据）", or "2026年度"). */
export function noticeFileName(cycleTitle: string): string {
  return `${cycleTitle}政府信息公开工作年度报告报送情况通报（草稿）.xlsx`;
}
