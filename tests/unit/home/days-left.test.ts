import { describe, expect, it } from "vitest";
import { daysLeft, daysLeftText } from "@/lib/home";

// Shanghai is UTC+8: 16:00 UTC is already the next day there.
const at = (iso: string) => Date.parse(iso);

describe("daysLeft counts Shanghai calendar days to the deadline day", () => {
  it.each([
    ["the demo date, 10 days before", "2027-02-10T02:00:00Z", "2027-02-20", 10],
    ["late evening Shanghai still counts as that day", "2027-02-10T15:59:00Z", "2027-02-20", 10],
    ["after 16:00 UTC it is the next day in Shanghai", "2027-02-10T16:00:00Z", "2027-02-20", 9],
    ["the deadline day itself", "2027-02-20T03:00:00Z", "2027-02-20", 0],
    ["two days past", "2027-02-10T02:00:00Z", "2027-02-08", -2],
    ["across a month end (28 days in February)", "2027-02-10T02:00:00Z", "2027-03-31", 49],
  ])("%s", (_name, now, deadline, want) => {
    expect(daysLeft(at(now), deadline)).toBe(want);
  });
});

describe("daysLeftText", () => {
  it.each([
    [10, "还剩 10 天"],
    [1, "还剩 1 天"],
    [0, "今天截止"],
    [-3, "已逾期 3 天"],
  ])("%i → %s", (days, want) => expect(daysLeftText(days)).toBe(want));
});
