import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { SlidingWindowRateLimiter } from "@/lib/security";
import { fixedClock } from "@/lib/time";

const T0 = Date.UTC(2019, 0, 15, 2, 0, 0);
const SEC = 1000;
const MIN = 60 * SEC;

describe("SlidingWindowRateLimiter: 3 requests per minute", () => {
  const limiter = () => new SlidingWindowRateLimiter({ max: 3, windowMinutes: 1 }, fixedClock(T0));

  test("allows max requests, then refuses with the time until the oldest leaves the window", () => {
    const l = limiter();
    expect(l.hit("a", T0)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(l.hit("a", T0 + 10 * SEC)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(l.hit("a", T0 + 20 * SEC)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(l.hit("a", T0 + 30 * SEC)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(l.hit("a", T0 + 59.5 * SEC)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  test.each([
    { label: "exactly one window after the first request it has left", at: T0 + MIN, allowed: true },
    { label: "1 ms earlier it still counts", at: T0 + MIN - 1, allowed: false },
  ])("$label", ({ at, allowed }) => {
    const l = limiter();
    [0, 1, 2].forEach((i) => l.hit("a", T0 + i));
    expect(l.hit("a", at).allowed).toBe(allowed);
  });

  test("the window slides: requests leave it one by one", () => {
    const l = limiter();
    [0, 20, 40].forEach((s) => l.hit("a", T0 + s * SEC));
    expect(l.hit("a", T0 + 61 * SEC).allowed).toBe(true); // the one at 0 s left
    expect(l.hit("a", T0 + 62 * SEC)).toEqual({ allowed: false, retryAfterSeconds: 18 }); // 20 s + 60 s − 62 s
  });

  test("keys are counted separately", () => {
    const l = limiter();
    [0, 1, 2].forEach((i) => l.hit("a", T0 + i));
    expect(l.hit("a", T0 + 3).allowed).toBe(false);
    expect(l.hit("b", T0 + 3).allowed).toBe(true);
  });

  test("refused requests are not counted", () => {
    const l = limiter();
    [0, 1, 2].forEach((i) => l.hit("a", T0 + i * SEC));
    for (let i = 0; i < 50; i++) l.hit("a", T0 + 30 * SEC);
    expect(l.hit("a", T0 + MIN).allowed).toBe(true);
  });

  test("takes now from the injected clock", () => {
    const l = new SlidingWindowRateLimiter({ max: 1, windowMinutes: 1 }, fixedClock(T0));
    expect(l.hit("a").allowed).toBe(true);
    expect(l.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  test("reset forgets a key", () => {
    const l = limiter();
    [0, 1, 2].forEach((i) => l.hit("a", T0 + i));
    l.reset("a");
    expect(l.hit("a", T0 + 3).allowed).toBe(true);
  });

  test("sweep drops idle keys; memory stays bounded under a flood of keys", () => {
    const l = new SlidingWindowRateLimiter({ max: 3, windowMinutes: 1 }, fixedClock(T0), 100);
    for (let i = 0; i < 1000; i++) l.hit(`k${i}`, T0);
    expect(l.size).toBeLessThanOrEqual(100);
    l.sweep(T0 + 2 * MIN);
    expect(l.size).toBe(0);
  });
});

describe("rate limit property", () => {
  test("no window of windowMinutes ever holds more than max allowed requests", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 30 * SEC }), { maxLength: 60 }), (max, gaps) => {
        const l = new SlidingWindowRateLimiter({ max, windowMinutes: 1 });
        const allowed: number[] = [];
        let now = T0;
        for (const gap of gaps) {
          now += gap;
          if (l.hit("a", now).allowed) allowed.push(now);
        }
        for (const t of allowed) expect(allowed.filter((u) => u > t - MIN && u <= t).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
