/** Where "now" comes from; injected so that time-dependent rules can be tested. */
export type Clock = { now(): number };

/** The machine's clock, in epoch milliseconds. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that always says `ms` (tests). */
export function fixedClock(ms: number): Clock {
  return { now: () => ms };
}

/** `base` shifted by `offsetMs` (tests, and "what happens in 15 minutes"). */
export function offsetClock(base: Clock, offsetMs: number): Clock {
  return { now: () => base.now() + offsetMs };
}

/*
 * Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991, and
 * every date this app handles is later. Plain arithmetic is exact and needs no time-zone data
 * (the tests check it against Intl with timeZone "Asia/Shanghai").
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The wall-clock time in Shanghai as an ISO string "YYYY-MM-DDTHH:mm:ss.sssZ" (the Z is wrong on purpose). */
function shanghaiIso(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
}

/** The calendar day in Shanghai, "YYYY-MM-DD" (16:00 UTC is already the next day). */
export function shanghaiDay(ms: number): string {
  return shanghaiIso(ms).slice(0, 10);
}

/** "YYYY-MM-DD HH:mm:ss" in Shanghai (audit records). */
export function formatShanghaiSeconds(ms: number): string {
  return shanghaiIso(ms).slice(0, 19).replace("T", " ");
}

/** A real calendar day written "YYYY-MM-DD" (not 02-30). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(utc).toISOString().slice(0, 10) === value;
}

/** "YYYY-MM-DD HH:mm" in Shanghai, as shown on pages and documents. */
export function formatShanghai(ms: number): string {
  const iso = shanghaiIso(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * The instants of a Shanghai calendar day, as [start, end) in epoch milliseconds, for "on day X"
 * queries.
 * @throws RangeError when `day` is not a real "YYYY-MM-DD" date
 */
export function shanghaiDayRange(day: string): [number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const utcMidnight = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Date.UTC rolls 02-30 over into March; a real date survives the round trip.
  if (Number.isNaN(utcMidnight) || new Date(utcMidnight).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`不是有效的日期：${day}`);
  }
  const start = utcMidnight - SHANGHAI_OFFSET_MS;
  return [start, start + DAY_MS];
}

/**
 * The business time of a demo installation (decision 016): the same Shanghai time of day as
 * `realMs`, on the fixed 演示日期 `day` ("YYYY-MM-DD"). Deadlines, 逾期 and the times the workflow
 * records use it; sessions, second factors, lockouts and the audit chain keep the real time.
 * @throws RangeError when `day` is not a real "YYYY-MM-DD" date
 */
export function onDemoDay(realMs: number, day: string): number {
  const [todayStart] = shanghaiDayRange(shanghaiDay(realMs));
  return shanghaiDayRange(day)[0] + (realMs - todayStart);
}
