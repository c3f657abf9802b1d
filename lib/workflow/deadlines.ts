import { shanghaiDayRange } from "../time/clock";

/** Stored deadlines are keyed "kind.purpose" (see lib/validation/cycle-deadlines), values "YYYY-MM-DD". */
export type CycleDeadlines = Readonly<Record<string, string>> | null | undefined;

/** Kinds that keep another kind's deadline: agencies the departments', 苏木乡镇 the 旗县'. */
const DEADLINE_GROUP: Readonly<Record<string, string>> = { gov_office: "department", dev_zone: "department", vertical: "department", township: "county" };

/** What a deadline is for: sending statistics up, or publishing the unit's report. */
export type DeadlinePurposeCode = "submit" | "publish";

/**
 * The unit kind's deadline day for a purpose, or null when the cycle sets none (e.g. the root
 * region, or a cycle made by the CLI).
 */
export function deadlineFor(cycleDeadlines: CycleDeadlines, kind: string, purpose: DeadlinePurposeCode): string | null {
  return cycleDeadlines?.[`${DEADLINE_GROUP[kind] ?? kind}.${purpose}`] ?? null;
}

/** The first instant after a deadline day: a deadline means until 24:00 that day, Shanghai time. */
export function deadlineEnd(deadline: string): number {
  return shanghaiDayRange(deadline)[1];
}

/** True when `at` (epoch ms) is past the deadline day (Shanghai); never late without a deadline. */
export function isLate(at: number, deadline: string | null): boolean {
  return deadline !== null && at >= deadlineEnd(deadline);
}

/** Late or not, and by how much: late submissions are accepted, flagged 逾期 with their time. */
export type Lateness = { late: false } | { late: true; lateByMs: number; lateBy: string; deadline: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2天3小时", "5小时", "12分钟" (rounded down; at least 1 minute). */
export function formatLateBy(ms: number): string {
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  if (d > 0) return h > 0 ? `${d}天${h}小时` : `${d}天`;
  if (h > 0) return `${h}小时`;
  return `${Math.max(1, Math.floor(ms / MINUTE))}分钟`;
}

/** How late `at` is against the deadline day (Shanghai), for responses and lists. */
export function lateness(at: number, deadline: string | null): Lateness {
  if (deadline === null || !isLate(at, deadline)) return { late: false };
  const lateByMs = at - deadlineEnd(deadline);
  return { late: true, lateByMs, lateBy: formatLateBy(lateByMs), deadline };
}

/**
 * When a report counts as published: the start of the day it was posted on the 政府信息公开
 * platform (the earliest day recorded for any of its versions); null while none is recorded —
 * freezing it in this app is not publishing it.
 */
export function postedAt(officialDates: readonly (string | null)[]): number | null {
  const days = officialDates.filter((d): d is string => d !== null).sort();
  return days.length ? shanghaiDayRange(days[0]!)[0] : null;
}

/**
 * A unit's own report against its publish deadline: `lateBy` when it was posted (postedAt) after
 * the deadline day, `overdueBy` while it is still not posted past it (at `at`). A correction
 * published later is not a late publication. Never a refusal: late reports are still published.
 */
export type PublishTiming = { deadline: string | null; lateBy: string | null; overdueBy: string | null };

export function publishTiming(deadline: string | null, firstPublishedAt: number | null, at: number): PublishTiming {
  const l = lateness(firstPublishedAt ?? at, deadline);
  const by = l.late ? l.lateBy : null;
  return firstPublishedAt === null ? { deadline, lateBy: null, overdueBy: by } : { deadline, lateBy: by, overdueBy: null };
}
