import { describe, expect, it } from "vitest";
import { cycleState, lastDeadline, type CycleStateInput } from "@/lib/workflow";

const DEMO_DAY = Date.parse("2027-02-10T02:00:00Z");
const DEADLINES_2026 = { "department.submit": "2027-02-20", "department.publish": "2027-02-28", "league_city.publish": "2027-03-31", "county.submit": "2027-02-05" };
const base: CycleStateInput = { year: 2026, stored: "open", deadlines: DEADLINES_2026, now: DEMO_DAY, expected: 82, approved: 22 };

describe("cycleState: what a cycle reads as", () => {
  it.each<[string, Partial<CycleStateInput>, string, string]>([
    ["the demo's 2026 before its last deadline", {}, "open", "进行中"],
    ["an imported 2017 with no deadlines, all approved", { year: 2017, deadlines: null, expected: 57, approved: 57 }, "finished", "已结束"],
    ["an imported 2018 with empty deadlines, all approved", { year: 2018, deadlines: {}, expected: 57, approved: 57 }, "finished", "已结束"],
    ["a closed cycle, whatever its units", { stored: "closed", approved: 0 }, "closed", "已结束"],
    ["past every deadline with units still open", { now: Date.parse("2027-04-01T02:00:00Z") }, "overdue", "已过期限（60 个单位未通过）"],
    ["all approved but publication still due", { approved: 82 }, "open", "进行中"],
    ["the last deadline's own day is not past", { now: Date.parse("2027-03-31T15:00:00Z"), approved: 82 }, "open", "进行中"],
    ["the day after the last deadline, all approved", { now: Date.parse("2027-03-31T16:00:00Z"), approved: 82 }, "finished", "已结束"],
    ["a past year without deadlines still before 31 March", { year: 2026, deadlines: null }, "open", "进行中"],
  ])("%s", (_name, change, code, label) => {
    expect(cycleState({ ...base, ...change })).toEqual({ code, label });
  });
});

describe("lastDeadline", () => {
  it.each<[string, number, Record<string, string> | null, string]>([
    ["the latest day set", 2026, DEADLINES_2026, "2027-03-31"],
    ["none set: 31 March of the next year", 2017, null, "2018-03-31"],
    ["only a submit deadline", 2026, { "county.submit": "2027-02-05" }, "2027-02-05"],
  ])("%s", (_name, year, deadlines, want) => expect(lastDeadline(year, deadlines)).toBe(want));
});
