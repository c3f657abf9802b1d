import { isLate, type CycleDeadlines } from "./deadlines";

/** A cycle as its users should read it, beyond the stored open/closed flag. */
export type CycleStateCode = "closed" | "finished" | "overdue" | "open";

export type CycleState = { code: CycleStateCode; label: string };

export type CycleStateInput = {
  year: number;
  /** The stored flag: only an administrator closes a cycle. */
  stored: "open" | "closed";
  deadlines: CycleDeadlines;
  /** Business time (epoch ms). */
  now: number;
  /** Units that send their statistics up (the roster without its root) and how many are approved. */
  expected: number;
  approved: number;
};

/**
 * The last deadline of a cycle: the latest day it sets, or without any (an imported past year)
 * 31 March of the next year — the latest a government may publish (条例第四十九条).
 */
export function lastDeadline(year: number, deadlines: CycleDeadlines): string {
  const days = Object.values(deadlines ?? {}).filter((d) => typeof d === "string");
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : `${year + 1}-03-31`;
}

/**
 * 已结束 once closed, or once every deadline has passed with every unit approved (an imported
 * 2017 is over, though nobody closed it); 已过期限 when deadlines passed with units still open;
 * else 进行中.
 */
export function cycleState(c: CycleStateInput): CycleState {
  if (c.stored === "closed") return { code: "closed", label: "已结束" };
  if (!isLate(c.now, lastDeadline(c.year, c.deadlines))) return { code: "open", label: "进行中" };
  if (c.approved >= c.expected) return { code: "finished", label: "已结束" };
  return { code: "overdue", label: `已过期限（${c.expected - c.approved} 个单位未通过）` };
}
