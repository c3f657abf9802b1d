import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { DEFAULT_SECURITY_POLICY, isLocked, lockoutMessage, nextLockoutState, UNLOCKED, type LockoutState, type LoginOutcome } from "@/lib/security";

const T0 = Date.UTC(2019, 0, 15, 2, 0, 0);
const MIN = 60_000;

/** Applies attempts one after another; each is [outcome, ms after T0]. */
function run(attempts: [LoginOutcome, number][], start: LockoutState = UNLOCKED): LockoutState {
  return attempts.reduce((s, [outcome, at]) => nextLockoutState(s, outcome, T0 + at), start);
}

const fiveFailures: [LoginOutcome, number][] = [0, 1, 2, 3, 4].map((i) => ["failure", i * 1000]);
const lockedAt = T0 + 4000;

describe("the lockout sequence of the default policy (5 failures → 15 minutes)", () => {
  test("four failures do not lock", () => {
    const s = run(fiveFailures.slice(0, 4));
    expect(s).toEqual({ failedCount: 4, lockedUntil: null });
    expect(isLocked(s, T0 + 5000).locked).toBe(false);
  });

  test("the fifth failure locks for 15 minutes", () => {
    const s = run(fiveFailures);
    expect(s.lockedUntil).toBe(lockedAt + 15 * MIN);
    expect(isLocked(s, lockedAt)).toEqual({ locked: true, remainingMinutes: 15, message: "账户已锁定，请在15分钟后重试" });
  });

  test.each([
    { label: "right after locking", after: 1, minutes: 15 },
    { label: "after 1 minute", after: MIN, minutes: 14 },
    { label: "after 1 minute 1 second (rounded up)", after: MIN + 1000, minutes: 14 },
    { label: "after 14 minutes 59 seconds", after: 14 * MIN + 59_000, minutes: 1 },
    { label: "1 ms before the end", after: 15 * MIN - 1, minutes: 1 },
  ])("remaining minutes $label: $minutes", ({ after, minutes }) => {
    const status = isLocked(run(fiveFailures), lockedAt + after);
    expect(status).toEqual({ locked: true, remainingMinutes: minutes, message: lockoutMessage(minutes) });
  });

  test("the sixth attempt while locked stays locked and does not extend the lock", () => {
    const locked = run(fiveFailures);
    const after6 = nextLockoutState(locked, "failure", lockedAt + 5 * MIN);
    expect(after6).toEqual(locked);
    expect(isLocked(after6, lockedAt + 5 * MIN)).toMatchObject({ locked: true, remainingMinutes: 10 });
  });

  test("a correct password while locked does not lift the lock", () => {
    const locked = run(fiveFailures);
    expect(nextLockoutState(locked, "success", lockedAt + MIN)).toEqual(locked);
  });

  test("after 15 minutes the lock has expired and a success works", () => {
    const locked = run(fiveFailures);
    expect(isLocked(locked, lockedAt + 15 * MIN)).toEqual({ locked: false, remainingMinutes: 0 });
    expect(nextLockoutState(locked, "success", lockedAt + 15 * MIN)).toEqual(UNLOCKED);
  });

  test("after an expired lock a failure starts a fresh count", () => {
    const locked = run(fiveFailures);
    expect(nextLockoutState(locked, "failure", lockedAt + 16 * MIN)).toEqual({ failedCount: 1, lockedUntil: null });
  });

  test("a success resets the count", () => {
    expect(run([...fiveFailures.slice(0, 4), ["success", 5000], ["failure", 6000]])).toEqual({ failedCount: 1, lockedUntil: null });
  });

  test("another policy: 3 failures lock for 60 minutes", () => {
    const policy = { ...DEFAULT_SECURITY_POLICY, lockoutThreshold: 3, lockoutMinutes: 60 };
    const s = [0, 1, 2].reduce((acc, i) => nextLockoutState(acc, "failure", T0 + i, policy), UNLOCKED);
    expect(isLocked(s, T0 + 2)).toMatchObject({ locked: true, remainingMinutes: 60 });
  });
});

describe("lockout properties", () => {
  const arbAttempts = fc.array(fc.tuple(fc.constantFrom<LoginOutcome>("failure", "success"), fc.integer({ min: 0, max: 20 * MIN })), { maxLength: 40 });

  test("agrees with a plain model: 5 failures in a row lock for 15 minutes, nothing counts while locked", () => {
    fc.assert(
      fc.property(arbAttempts, (steps) => {
        let s = UNLOCKED;
        let now = T0;
        let streak = 0;
        let until: number | null = null;
        for (const [outcome, gap] of steps) {
          now += gap;
          if (until !== null && now >= until) [streak, until] = [0, null];
          if (until === null) {
            streak = outcome === "failure" ? streak + 1 : 0;
            if (streak >= 5) until = now + 15 * MIN;
          }
          s = nextLockoutState(s, outcome, now);
          const status = isLocked(s, now);
          expect(status.locked).toBe(until !== null);
          expect(status.remainingMinutes).toBe(until === null ? 0 : Math.ceil((until - now) / MIN));
        }
      }),
    );
  });
});
