import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { fixedClock, formatShanghai, offsetClock, shanghaiDay, shanghaiDayRange, systemClock } from "@/lib/time";

// The clock helpers live in lib/time; their tests sit here with the security tests that use them.

describe("shanghaiDay around 16:00 UTC (midnight in Shanghai)", () => {
  test.each([
    { label: "15:59:59.999 UTC is still the same day", utc: Date.UTC(2018, 11, 31, 15, 59, 59, 999), day: "2018-12-31" },
    { label: "16:00 UTC is the next day", utc: Date.UTC(2018, 11, 31, 16, 0, 0), day: "2019-01-01" },
    { label: "00:00 UTC is 08:00 the same day", utc: Date.UTC(2019, 0, 31, 0, 0, 0), day: "2019-01-31" },
    { label: "into a leap day", utc: Date.UTC(2020, 1, 28, 16, 0, 0), day: "2020-02-29" },
    { label: "the 31 March deadline ends at 15:59:59.999 UTC", utc: Date.UTC(2019, 2, 31, 15, 59, 59, 999), day: "2019-03-31" },
  ])("$label", ({ utc, day }) => {
    expect(shanghaiDay(utc)).toBe(day);
  });
});

describe("formatShanghai", () => {
  test.each([
    { utc: Date.UTC(2018, 11, 31, 15, 59, 59), text: "2018-12-31 23:59" },
    { utc: Date.UTC(2018, 11, 31, 16, 0, 0), text: "2019-01-01 00:00" },
    { utc: Date.UTC(2019, 0, 15, 1, 30, 0), text: "2019-01-15 09:30" },
  ])("$text", ({ utc, text }) => {
    expect(formatShanghai(utc)).toBe(text);
  });
});

describe("shanghaiDayRange", () => {
  test("1 January 2019 runs from 16:00 UTC on 31 December to 16:00 UTC on 1 January", () => {
    expect(shanghaiDayRange("2019-01-01")).toEqual([Date.UTC(2018, 11, 31, 16), Date.UTC(2019, 0, 1, 16)]);
  });

  test.each(["2019-02-29", "2019-13-01", "2019-1-1", "20190101", "", "2019-01-01T00:00"])("refuses %j", (day) => {
    expect(() => shanghaiDayRange(day)).toThrow(RangeError);
  });

  test("every instant of the range is on that day, and the ends are the neighbours", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const day = shanghaiDay(ms);
        const [start, end] = shanghaiDayRange(day);
        expect(start <= ms && ms < end).toBe(true);
        expect(end - start).toBe(86_400_000);
        expect(shanghaiDay(start)).toBe(day);
        expect(shanghaiDay(end - 1)).toBe(day);
        expect(shanghaiDay(start - 1)).not.toBe(day);
      }),
    );
  });
});

describe("the UTC+8 arithmetic agrees with Intl's Asia/Shanghai", () => {
  const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const viaIntl = (ms: number) => {
    const p = Object.fromEntries(intl.formatToParts(ms).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };

  test("for any instant from 1992 (after China's last DST) to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(formatShanghai(ms)).toBe(viaIntl(ms));
        expect(shanghaiDay(ms)).toBe(viaIntl(ms).slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });
});

describe("clocks", () => {
  test.each([
    { label: "a fixed clock", clock: fixedClock(1000), now: 1000 },
    { label: "an offset clock", clock: offsetClock(fixedClock(1000), 15 * 60_000), now: 1000 + 900_000 },
    { label: "a negative offset", clock: offsetClock(fixedClock(1000), -1000), now: 0 },
  ])("$label", ({ clock, now }) => {
    expect(clock.now()).toBe(now);
  });

  test("the system clock is Date.now", () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
