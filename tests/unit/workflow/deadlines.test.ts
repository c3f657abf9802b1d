import { describe, expect, it } from "vitest";
import { deadlineEnd, deadlineFor, formatLateBy, isLate, lateness, postedAt, publishTiming } from "@/lib/workflow";

/** An instant given in Shanghai wall-clock time (UTC+8). */
const sh = (iso: string) => Date.parse(`${iso}+08:00`);

describe("deadlineFor", () => {
  const stored = { "department.submit": "2019-01-31", "league_city.submit": "2019-03-31", "department.publish": "2019-02-01" };
  it("reads the kind's deadline for a purpose", () => {
    expect(deadlineFor(stored, "department", "submit")).toBe("2019-01-31");
    expect(deadlineFor(stored, "department", "publish")).toBe("2019-02-01");
    expect(deadlineFor(stored, "league_city", "submit")).toBe("2019-03-31");
  });
  it("is null when the cycle sets none", () => {
    expect(deadlineFor(stored, "region", "submit")).toBeNull();
    expect(deadlineFor(null, "department", "submit")).toBeNull();
    expect(deadlineFor(undefined, "county", "publish")).toBeNull();
  });
});

describe("isLate: a deadline day lasts until 24:00 Shanghai time", () => {
  it.each([
    { at: "2019-01-31T00:00:00", late: false },
    { at: "2019-01-31T23:59:59.999", late: false },
    { at: "2019-02-01T00:00:00", late: true },
    { at: "2019-02-01T07:59:00", late: true },
    { at: "2019-01-30T12:00:00", late: false },
  ])("signed at $at Shanghai → late $late", ({ at, late }) => {
    expect(isLate(sh(at), "2019-01-31")).toBe(late);
  });

  it("16:00 UTC on the deadline day is already the next Shanghai day (late)", () => {
    expect(isLate(Date.parse("2019-01-31T15:59:59Z"), "2019-01-31")).toBe(false);
    expect(isLate(Date.parse("2019-01-31T16:00:00Z"), "2019-01-31")).toBe(true);
  });

  it("is never late without a deadline", () => {
    expect(isLate(sh("2030-01-01T00:00:00"), null)).toBe(false);
  });

  it("deadlineEnd is the next Shanghai midnight", () => {
    expect(deadlineEnd("2019-01-31")).toBe(Date.parse("2019-01-31T16:00:00Z"));
  });
});

describe("lateness", () => {
  it("flags a late signing with how late it is", () => {
    expect(lateness(sh("2019-02-02T03:30:00"), "2019-01-31")).toEqual({ late: true, lateByMs: (27 * 60 + 30) * 60_000, lateBy: "1天3小时", deadline: "2019-01-31" });
    expect(lateness(sh("2019-01-31T23:00:00"), "2019-01-31")).toEqual({ late: false });
  });
  it.each([
    { ms: 0, text: "1分钟" },
    { ms: 59 * 60_000, text: "59分钟" },
    { ms: 5 * 3_600_000 + 1, text: "5小时" },
    { ms: 2 * 86_400_000, text: "2天" },
    { ms: 2 * 86_400_000 + 3 * 3_600_000, text: "2天3小时" },
  ])("formatLateBy($ms) = $text", ({ ms, text }) => {
    expect(formatLateBy(ms)).toBe(text);
  });
});

describe("publishTiming: a unit's own report against its publish deadline", () => {
  // Deadline day 2031-01-31 ends at Beijing 2031-02-01 00:00 = 2031-01-31T16:00Z.
  const END = Date.parse("2031-01-31T16:00:00Z");
  const H = 3_600_000;
  it.each([
    { label: "no deadline set: never late", deadline: null, first: END + 100 * H, at: END + 200 * H, want: { deadline: null, lateBy: null, overdueBy: null } },
    { label: "published on the last minute of the day", deadline: "2031-01-31", first: END - 60_000, at: END + 100 * H, want: { deadline: "2031-01-31", lateBy: null, overdueBy: null } },
    { label: "published at midnight after it: late", deadline: "2031-01-31", first: END, at: END + 100 * H, want: { deadline: "2031-01-31", lateBy: "1分钟", overdueBy: null } },
    { label: "published 2 days 3 hours late", deadline: "2031-01-31", first: END + 51 * H, at: END + 100 * H, want: { deadline: "2031-01-31", lateBy: "2天3小时", overdueBy: null } },
    { label: "unpublished before the deadline ends", deadline: "2031-01-31", first: null, at: END - H, want: { deadline: "2031-01-31", lateBy: null, overdueBy: null } },
    { label: "unpublished 5 hours past it: overdue", deadline: "2031-01-31", first: null, at: END + 5 * H, want: { deadline: "2031-01-31", lateBy: null, overdueBy: "5小时" } },
  ])("$label", ({ deadline, first, at, want }) => {
    expect(publishTiming(deadline, first, at)).toEqual(want);
  });
});

describe("postedAt: a report counts as published on the day it was posted on the platform", () => {
  it.each([
    { dates: [], at: null },
    { dates: [null, null], at: null },
    { dates: ["2032-01-27"], at: Date.parse("2032-01-26T16:00:00Z") },
    { dates: [null, "2032-02-03", "2032-01-27"], at: Date.parse("2032-01-26T16:00:00Z") },
  ])("$dates → $at", ({ dates, at }) => {
    expect(postedAt(dates)).toBe(at);
  });
});
