/**
 * The print view's loaders (server/stats/print-form.ts): a unit's form filled with what its
 * statistics page shows, or blank with the unit named; the cycle's blank form; stats.read as the
 * unit page (another unit's and an unknown unit's alike 403).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { CommandError } from "@/server/kernel/errors";
import { readContext } from "@/server/kernel/read";
import { loadBlankCycleForm, loadPrintForm } from "@/server/stats/print-form";
import { harness } from "../review/harness";

const YEAR = 2031;
let t: ReturnType<typeof harness>;
const ctxOf = (user: Parameters<typeof readContext>[0]["user"]) => readContext({ user, db: t.db, now: Date.parse("2031-12-01T00:00:00Z"), ip: null });
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof CommandError ? err.status : String(err);
  }
  return null;
};

beforeAll(() => {
  t = harness({ year: YEAR, templateId: "gov-disclosure-2021" });
  replaceSubmissions(t.db, t.cycle.id, [{ orgId: t.id("D1"), status: "draft", values: { "R1.np": 12n, "F2": 12345n } }], null, Date.now());
  replaceSubmissions(t.db, t.cycle.id, [{ orgId: t.id("D2"), status: "approved", values: { "R1.np": 5n } }], null, Date.now());
});
afterAll(() => t.close());

describe("a unit's print view", () => {
  test("filled: the template's sections and headers, the unit named, its stored draft as printed (amounts to their scale)", () => {
    const form = loadPrintForm(ctxOf(t.user("d1-filler", "王填报", "D1", "filler")), { year: String(YEAR), orgCode: "D1" }, false);
    expect(form.title).toBe("政府信息公开工作年度报告统计表（2021年修订版）");
    expect(form.unit).toMatchObject({ name: "区发改委", code: "D1", statusLabel: "草稿", source: "本单位填报" });
    expect(form.sections.length).toBeGreaterThanOrEqual(4);
    expect(form.sections.flatMap((s) => s.tables).flatMap((tb) => tb.header.flat().map((h) => h.text))).toContain("申请人情况");
    expect(form.printed["R1.np"]).toBe("12");
    expect(form.printed.F2).toBe("123.45");
    expect(Object.keys(form.printed)).toHaveLength(2);
    expect(form.links).toEqual({ other: `/stats/${YEAR}/D1/print?blank=1`, back: `/stats/${YEAR}/D1` });
  });

  test("blank: the same layout and unit, no values", () => {
    const form = loadPrintForm(ctxOf(t.users.get("d1-filler")!), { year: String(YEAR), orgCode: "D1" }, true);
    expect(form.blank).toBe(true);
    expect(form.printed).toEqual({});
    expect(form.unit?.name).toBe("区发改委");
  });

  test("a compiling unit prints the approved data below it (the live compilation before 待签发)", () => {
    const form = loadPrintForm(ctxOf(t.user("r-reviewer", "赵审核", "R", "reviewer")), { year: String(YEAR), orgCode: "R" }, false);
    expect(form.unit?.source).toBe("下级单位已通过数据的实时汇总");
    expect(form.printed["R1.np"]).toBe("5");
  });

  test("stats.read: another unit's and an unknown unit's form alike 403, an unknown year 404", () => {
    const filler = ctxOf(t.users.get("d1-filler")!);
    expect(refusal(() => loadPrintForm(filler, { year: String(YEAR), orgCode: "D2" }, false))).toBe(403);
    expect(refusal(() => loadPrintForm(filler, { year: String(YEAR), orgCode: "NOPE" }, true))).toBe(403);
    expect(refusal(() => loadPrintForm(filler, { year: "1999", orgCode: "D1" }, false))).toBe(404);
  });
});

describe("the cycle's blank form", () => {
  test("no unit, no values, the cycle's template; an unknown year 404", () => {
    const ctx = ctxOf(t.users.get("d1-filler")!);
    const form = loadBlankCycleForm(ctx, { year: String(YEAR) });
    expect(form).toMatchObject({ title: "政府信息公开工作年度报告统计表（2021年修订版）", unit: null, blank: true, printed: {} });
    expect(refusal(() => loadBlankCycleForm(ctx, { year: "1999" }))).toBe(404);
  });
});
