import { describe, expect, test } from "vitest";
import { formatShanghaiSeconds, onDemoDay } from "@/lib/time";
import { isLate } from "@/lib/workflow/deadlines";

/** An instant given as Shanghai wall-clock time. */
const at = (text: string) => Date.parse(`${text}+08:00`);

describe("onDemoDay: the 演示日期 at the real time of day (decision 016)", () => {
  test.each([
    { real: "2026-12-05T12:38:52", day: "2027-02-10", shown: "2027-02-10 12:38:52" },
    // Just after midnight in Shanghai (still the previous day in UTC).
    { real: "2026-12-06T00:05:00", day: "2027-02-10", shown: "2027-02-10 00:05:00" },
    { real: "2026-12-05T23:59:59", day: "2027-02-10", shown: "2027-02-10 23:59:59" },
    // The demo day may lie before the real one (history being loaded).
    { real: "2026-12-05T09:00:00", day: "2025-03-20", shown: "2025-03-20 09:00:00" },
  ])("$real on $day → $shown", ({ real, day, shown }) => {
    expect(formatShanghaiSeconds(onDemoDay(at(real), day))).toBe(shown);
  });

  test("deadlines are judged on the demo day: past the 旗县's 02-05, not the 区直部门's 02-20", () => {
    const now = onDemoDay(Date.now(), "2027-02-10");
    expect(isLate(now, "2027-02-05")).toBe(true);
    expect(isLate(now, "2027-02-10")).toBe(false);
    expect(isLate(now, "2027-02-20")).toBe(false);
  });

  test("not a date: refused", () => {
    expect(() => onDemoDay(Date.now(), "2027-02-30")).toThrow(RangeError);
  });
});
