import { describe, test, expect } from "vitest";
import fc from "fast-check";
import { formatScaled, MAX_INPUT, parseCellInput, pow10, type CellInputSpec } from "@/lib/values";

const count: CellInputSpec = { scale: 0, signed: false, unit: "件" };
const wan2: CellInputSpec = { scale: 2, signed: false, unit: "万元" };
const wan4: CellInputSpec = { scale: 4, signed: false, unit: "万元" };
const signed: CellInputSpec = { scale: 0, signed: true, unit: "件" };

describe("parseCellInput accepts", () => {
  test.each([
    { label: "plain digits", raw: "4223174", spec: count, value: 4223174n },
    { label: "thousands separators", raw: "4,223,174", spec: count, value: 4223174n },
    { label: "full-width commas", raw: "4，223，174", spec: count, value: 4223174n },
    { label: "full-width digits", raw: "１２３", spec: count, value: 123n },
    { label: "surrounding spaces", raw: " 12 ", spec: count, value: 12n },
    { label: "zero, distinct from blank", raw: "0", spec: count, value: 0n },
    { label: "an amount at scale 2", raw: "745.45", spec: wan2, value: 74545n },
    { label: "zero at scale 2", raw: "0", spec: wan2, value: 0n },
    { label: "fewer decimals than the scale", raw: "745.4", spec: wan2, value: 74540n },
    { label: "an amount at scale 4", raw: "72701.2578", spec: wan4, value: 727012578n },
    { label: "trailing zero decimals in a count", raw: "12.00", spec: count, value: 12n },
    { label: "a negative number where signed", raw: "-3", spec: signed, value: -3n },
    { label: "a full-width minus where signed", raw: "－３", spec: signed, value: -3n },
    { label: "a plus sign", raw: "+7", spec: count, value: 7n },
    { label: "minus zero where unsigned", raw: "-0", spec: count, value: 0n },
    { label: "the upper limit itself", raw: "1000000000000", spec: count, value: 1000000000000n },
    { label: "grouping with decimals", raw: "1,234.56", spec: wan2, value: 123456n },
  ])("$label: $raw", ({ raw, spec, value }) => {
    expect(parseCellInput(raw, spec)).toEqual({ ok: true, value });
  });

  test.each([
    { label: "empty", raw: "" },
    { label: "spaces", raw: "   " },
    { label: "a full-width space", raw: "　" },
  ])("blank ($label) is null, not 0", ({ raw }) => {
    expect(parseCellInput(raw, count)).toEqual({ ok: true, value: null });
  });
});

describe("parseCellInput refuses", () => {
  test.each([
    { label: "decimals in a count", raw: "12.5", spec: count, message: "该项为整数（单位：件），不能有小数", mentions: "整数" },
    { label: "3 decimals at scale 2", raw: "1.234", spec: wan2, message: "该项最多保留2位小数", mentions: "2位小数" },
    { label: "5 decimals at scale 4", raw: "1.23456", spec: wan4, message: "该项最多保留4位小数", mentions: "4位小数" },
    { label: "a negative where unsigned", raw: "-3", spec: count, message: "该项不能为负数", mentions: "不能为负数" },
    { label: "above the limit", raw: "1000000000001", spec: count, message: "数值超过上限（10000亿），请检查是否多输入了数字", mentions: "上限" },
    { label: "the limit plus a fraction", raw: "1000000000000.01", spec: wan2, message: "数值超过上限（10000亿），请检查是否多输入了数字", mentions: "上限" },
    { label: "letters", raw: "12a", spec: count, message: "“12a”不是有效的数字", mentions: "12a" },
    { label: "misplaced separator", raw: "1,23", spec: count, message: "千位分隔符的位置不对，应每三位一个逗号", mentions: "千位分隔符" },
    { label: "a percent", raw: "50%", spec: count, message: "请填写数值本身，不要带百分号", mentions: "百分号" },
    { label: "a full-width percent", raw: "50％", spec: count, message: "请填写数值本身，不要带百分号", mentions: "百分号" },
    { label: "two points", raw: "1.2.3", spec: wan2, message: "“1.2.3”不是有效的数字", mentions: "1.2.3" },
  ])("$label: $raw", ({ raw, spec, message, mentions }) => {
    const r = parseCellInput(raw, spec);
    expect(r).toEqual({ ok: false, message });
    expect(message).toContain(mentions);
  });
});

describe("formatScaled", () => {
  test.each([
    { label: "an amount", value: 74545n, scale: 2, grouping: false, text: "745.45" },
    { label: "zero at scale 2", value: 0n, scale: 2, grouping: false, text: "0.00" },
    { label: "a grouped count", value: 4223174n, scale: 0, grouping: true, text: "4,223,174" },
    { label: "an ungrouped count", value: 4223174n, scale: 0, grouping: false, text: "4223174" },
    { label: "a negative amount", value: -74545n, scale: 2, grouping: false, text: "-745.45" },
    { label: "a grouped negative amount", value: -123456789n, scale: 2, grouping: true, text: "-1,234,567.89" },
    { label: "below one at scale 4", value: 5n, scale: 4, grouping: false, text: "0.0005" },
    { label: "a negative fraction", value: -5n, scale: 2, grouping: false, text: "-0.05" },
    { label: "three digits do not group", value: 999n, scale: 0, grouping: true, text: "999" },
  ])("$label", ({ value, scale, grouping, text }) => {
    expect(formatScaled(value, scale, grouping)).toEqual(text);
  });
});

describe("properties", () => {
  const scaled = fc.integer({ min: 0, max: 4 }).chain((scale) => {
    const limit = MAX_INPUT * pow10(scale);
    return fc.tuple(fc.constant(scale), fc.bigInt({ min: -limit, max: limit }), fc.boolean());
  });

  test("parseCellInput(formatScaled(v, s, grouping)) round-trips (signed)", () => {
    fc.assert(
      fc.property(scaled, ([scale, v, grouping]) => {
        expect(parseCellInput(formatScaled(v, scale, grouping), { scale, signed: true, unit: "件" })).toEqual({ ok: true, value: v });
      }),
    );
  });

  test("unsigned cells round-trip non-negative values and refuse negative ones", () => {
    fc.assert(
      fc.property(scaled, ([scale, v, grouping]) => {
        const r = parseCellInput(formatScaled(v, scale, grouping), { scale, signed: false, unit: "件" });
        expect(r).toEqual(v >= 0n ? { ok: true, value: v } : { ok: false, message: "该项不能为负数" });
      }),
    );
  });

  test("values beyond the limit are refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.bigInt({ min: 1n, max: 10n ** 20n }), (scale, extra) => {
        const v = MAX_INPUT * pow10(scale) + extra;
        const r = parseCellInput(formatScaled(v, scale), { scale, signed: true, unit: "件" });
        expect(r).toEqual({ ok: false, message: "数值超过上限（10000亿），请检查是否多输入了数字" });
      }),
    );
  });
});
