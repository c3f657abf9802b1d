import { isIsoDay, offsetClock, onDemoDay, systemClock, type Clock } from "@/lib/time";
import type { Db } from "@/db/client";
import { getSetting } from "@/db/queries/settings";

const g = globalThis as typeof globalThis & { __nianbaoClockOffsetMs?: number };

/**
 * The server's clock: the machine's, shifted by an offset that only the e2e test hook can set
 * (NIANBAO_TEST_HOOKS=1), so browser tests can let a session go idle without waiting. This is
 * the real time: sessions, second factors, lockouts, rate limits and the audit chain use it.
 */
export function serverClock(): Clock {
  return offsetClock(systemClock, g.__nianbaoClockOffsetMs ?? 0);
}

export function now(): number {
  return serverClock().now();
}

/** Where `demo:load` records the demo's fixed 演示日期 ("YYYY-MM-DD"); a real installation has none. */
export const DEMO_DATE_KEY = "demo.date";

/** The database's 演示日期, or null on a real installation (or a value that is not a date). */
export function demoDate(db: Db): string | null {
  const v = getSetting(db, DEMO_DATE_KEY);
  return typeof v === "string" && isIsoDay(v) ? v : null;
}

/**
 * The business time (decision 016): what deadlines, 逾期, days left, the dates shown to users and
 * the times the workflow records go by. The real time, except in a demo database, where it is
 * the same time of day on the 演示日期.
 */
export function businessNow(db: Db, realMs: number = now()): number {
  const day = demoDate(db);
  return day ? onDemoDay(realMs, day) : realMs;
}

export function testHooksEnabled(): boolean {
  return process.env.NIANBAO_TEST_HOOKS === "1";
}

export function setClockOffset(ms: number): void {
  if (!testHooksEnabled()) throw new Error("test hooks are disabled");
  g.__nianbaoClockOffsetMs = ms;
}
