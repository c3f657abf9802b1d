import { describe, expect, test } from "vitest";
import { auditFilterSchema, formatAuditTime, isIsoDay, dayFilterRange } from "@/lib/audit";

describe("auditFilterSchema", () => {
  test.each([
    { label: "nothing: every row", input: {}, output: {} },
    { label: "empty fields mean any", input: { from: "", to: " ", user: "", org: "", action: "" }, output: {} },
    {
      label: "every field, trimmed",
      input: { from: "2026-01-01", to: "2026-12-31", user: " d1-admin ", org: "150000", action: "user.create" },
      output: { from: "2026-01-01", to: "2026-12-31", user: "d1-admin", org: "150000", action: "user.create" },
    },
    { label: "one day", input: { from: "2026-02-28", to: "2026-02-28" }, output: { from: "2026-02-28", to: "2026-02-28" } },
  ])("accepts $label", ({ input, output }) => {
    expect(auditFilterSchema.parse(input)).toEqual(output);
  });

  test.each([
    { label: "a day that does not exist", input: { from: "2026-02-30" }, message: "开始日期应为有效的日期（如 2025-01-31）" },
    { label: "another date format", input: { to: "2026/01/01" }, message: "结束日期应为有效的日期（如 2025-01-31）" },
    { label: "from after to", input: { from: "2026-03-02", to: "2026-03-01" }, message: "开始日期不能晚于结束日期" },
    { label: "a very long user name", input: { user: "x".repeat(101) }, message: "用户名不能超过 100 个字符" },
  ])("refuses $label", ({ input, message }) => {
    const r = auditFilterSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe("Shanghai days", () => {
  test.each([
    { day: "2024-02-29", ok: true },
    { day: "2026-02-29", ok: false },
    { day: "2026-13-01", ok: false },
    { day: "2026-1-01", ok: false },
  ])("isIsoDay($day) is $ok", ({ day, ok }) => {
    expect(isIsoDay(day)).toBe(ok);
  });

  test("a day runs from 16:00 UTC of the day before to 16:00 UTC, end exclusive", () => {
    expect(dayFilterRange("2026-03-01", "2026-03-01")).toEqual({
      fromMs: Date.parse("2026-02-28T16:00:00Z"),
      toMs: Date.parse("2026-03-01T16:00:00Z"),
    });
    expect(dayFilterRange()).toEqual({});
    expect(dayFilterRange(undefined, "2026-12-31")).toEqual({ toMs: Date.parse("2026-12-31T16:00:00Z") });
  });

  test.each([
    { ms: Date.parse("2026-02-28T15:59:59.999Z"), text: "2026-02-28 23:59:59" },
    { ms: Date.parse("2026-02-28T16:00:00Z"), text: "2026-03-01 00:00:00" },
    { ms: Number.NaN, text: "NaN" },
    { ms: "12" as unknown as number, text: "12" },
  ])("formatAuditTime → $text", ({ ms, text }) => {
    expect(formatAuditTime(ms)).toBe(text);
  });

  test("formatAuditTime agrees with Intl's Asia/Shanghai", () => {
    const ms = Date.parse("2026-07-01T03:04:05Z");
    const intl = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "medium" }).format(ms);
    expect(formatAuditTime(ms)).toBe(intl);
  });
});
