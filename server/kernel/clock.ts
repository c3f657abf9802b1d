import { offsetClock, systemClock, type Clock } from "@/lib/time";

const g = globalThis as typeof globalThis & { __nianbaoClockOffsetMs?: number };

/**
 * The server's clock: the machine's, shifted by an offset that only the e2e test hook can set
 * (NIANBAO_TEST_HOOKS=1), so browser tests can let a session go idle without waiting.
 */
export function serverClock(): Clock {
  return offsetClock(systemClock, g.__nianbaoClockOffsetMs ?? 0);
}

export function now(): number {
  return serverClock().now();
}

export function testHooksEnabled(): boolean {
  return process.env.NIANBAO_TEST_HOOKS === "1";
}

export function setClockOffset(ms: number): void {
  if (!testHooksEnabled()) throw new Error("test hooks are disabled");
  g.__nianbaoClockOffsetMs = ms;
}
