import { formatShanghaiSeconds, isIsoDay, shanghaiDayRange } from "../time/clock";

export { isIsoDay };

/** "YYYY-MM-DD HH:mm:ss" in Shanghai; a value that is not a time (a tampered row) is printed as it is. */
export function formatAuditTime(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15 - 8 * 3_600_000) return String(ms);
  return formatShanghaiSeconds(ms);
}

/** `from` and `to` as whole Shanghai days: at >= fromMs and at < toMs (the day after `to`). */
export function dayFilterRange(from?: string, to?: string): { fromMs?: number; toMs?: number } {
  return {
    ...(from ? { fromMs: shanghaiDayRange(from)[0] } : {}),
    ...(to ? { toMs: shanghaiDayRange(to)[1] } : {}),
  };
}
