/*
 * Asia/Shanghai is UTC+8 all year (no daylight saving since 1991), so plain arithmetic is exact.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "YYYY-MM-DD HH:mm:ss" in Shanghai; a value that is not a time is printed as it is. */
export function formatAuditTime(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15 - SHANGHAI_OFFSET_MS) return String(ms);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** A real calendar day written "YYYY-MM-DD". */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Epoch ms at 00:00 Shanghai time of day "YYYY-MM-DD" (the caller checked it with isIsoDay). */
export function shanghaiDayStart(day: string): number {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d) - SHANGHAI_OFFSET_MS;
}

/** `from` and `to` as whole Shanghai days: at >= fromMs and at < toMs (the day after `to`). */
export function shanghaiDayRange(from?: string, to?: string): { fromMs?: number; toMs?: number } {
  return {
    ...(from ? { fromMs: shanghaiDayStart(from) } : {}),
    ...(to ? { toMs: shanghaiDayStart(to) + DAY_MS } : {}),
  };
}
