import { shanghaiDay, shanghaiDayRange } from "../time/clock";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole calendar days (Shanghai) from today to a deadline day: 0 on the last day itself,
 * negative once it has passed (-3: three days late). A deadline means until 24:00 that day.
 */
export function daysLeft(now: number, deadline: string): number {
  return Math.round((shanghaiDayRange(deadline)[0] - shanghaiDayRange(shanghaiDay(now))[0]) / DAY_MS);
}

/** "还剩 10 天", "今天截止", "已逾期 3 天". */
export function daysLeftText(days: number): string {
  if (days > 0) return `还剩 ${days} 天`;
  if (days === 0) return "今天截止";
  return `已逾期 ${-days} 天`;
}
