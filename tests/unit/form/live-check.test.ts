import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { buildFormSchema, checkForm, formatCellText, formatForForm, sameValues, toFieldName } from "@/lib/form";

const t2018 = getTemplate("gov-disclosure-2018");
const t2021 = getTemplate("gov-disclosure-2021");

describe("live validation of a broken 2018 table", () => {
  const texts = { "C1.1": "30", "C1.2": "30", "C1.3": "30", "C1.4": "30", "C2.1": "100", "C2.2": "18", "B2.1": "8", "B2.1a": "10", A1: "4,223,174", H1: "１２", H2: "1.5" };
  const check = checkForm(t2018, texts);

  test("sums are filled live, with separators", () => {
    expect(check.sums).toEqual({ C1: "120", C2: "118" });
  });

  test("a hard rule between typed cells names both and the difference", () => {
    expect(check.hard.map((i) => [i.key, i.message])).toEqual([
      ["B2.1a-le", "主要负责同志参加新闻发布会次数（B2.1a）为10，但参加或举办新闻发布会总次数（B2.1）为8，超出2。"],
    ]);
  });

  test("a warning against a computed sum, keyed for its explanation", () => {
    expect(check.warnings.map((i) => [i.key, i.message])).toEqual([["C2-eq-C1", "申请办结数（C2）为118，但收到申请数（C1）为120，相差2。"]]);
  });

  test("issues are grouped per cell, hard ones first", () => {
    expect(check.byCell["B2.1a"]!.map((i) => i.key)).toEqual(["B2.1a-le"]);
    expect(check.byCell["C1"]!.map((i) => i.key)).toEqual(["C2-eq-C1"]);
    expect(check.byCell["C1.1"]).toBeUndefined();
  });

  test("a text that does not parse is reported at its cell and counts as blank", () => {
    expect(check.parseErrors).toEqual({ H2: "该项为整数（单位：个），不能有小数" });
    expect(check.values.H2).toBeUndefined();
    expect(check.values.H1).toBe(12n);
  });

  test("a typed computed cell is ignored: the form computes it", () => {
    expect(checkForm(t2018, { ...texts, C1: "999" }).values.C1).toBe(120n);
  });
});

describe("live validation of a 2021 三", () => {
  test("R1 + R2 ≠ R3.7 + R4 in the 自然人 column is a hard error at the cells involved", () => {
    const check = checkForm(t2021, { "R1.np": "10", "R2.np": "2", "R3.1.np": "7", "R4.np": "3" });
    expect(check.sums["R3.7.np"]).toBe("7");
    expect(check.sums["R1.tot"]).toBe("10");
    const balance = check.hard.find((i) => i.key.startsWith("balance"));
    expect(balance?.message).toBe("自然人·本年新收、上年结转之和为12，但自然人·办理结果总计、结转下年度之和为10，相差2。");
    expect(check.byCell["R1.np"]!.map((i) => i.key)).toContain(balance!.key);
  });

  test("against last year, a value three times as large warns", () => {
    const check = checkForm(t2021, { "P5.license": "1,000" }, { previous: { "P5.license": 100n } });
    expect(check.warnings.map((i) => i.key)).toEqual(["change[P5.license]"]);
  });
});

describe("display formatting", () => {
  const count = t2018.cell("A1")!;
  const amount = t2018.cell("H4")!;
  const fee = t2021.cell("P8.fee")!;
  test.each([
    { label: "counts get thousands separators", text: "4223174", spec: count, out: "4,223,174" },
    { label: "full-width digits become ASCII", text: "４２２３１７４", spec: count, out: "4,223,174" },
    { label: "amounts keep their decimals", text: "745.45", spec: amount, out: "745.45" },
    { label: "amounts are padded to their scale", text: "0", spec: amount, out: "0.00" },
    { label: "P8 keeps 4 decimals", text: "72701.2578", spec: fee, out: "72,701.2578" },
    { label: "blank stays blank", text: "  ", spec: count, out: "" },
    { label: "a wrong text is kept as typed", text: " 12a ", spec: count, out: "12a" },
  ])("$label", ({ text, spec, out }) => {
    expect(formatCellText(text, spec)).toBe(out);
  });

  test("formatForForm prints exact scaled values", () => {
    expect(formatForForm(74545n, 2)).toBe("745.45");
  });
});

describe("the form's zod schema parses as the server does", () => {
  const schema = buildFormSchema(t2021);
  test.each([
    { code: "R1.np", text: "1,234", ok: true },
    { code: "R1.np", text: "", ok: true },
    { code: "R1.np", text: "-1", ok: false },
    { code: "P8.fee", text: "1.23456", ok: false },
    { code: "P8.fee", text: "1.2345", ok: true },
  ])("$code '$text' → ok $ok", ({ code, text, ok }) => {
    const r = schema.shape[toFieldName(code)]!.safeParse(text);
    expect(r.success).toBe(ok);
  });

  test("computed cells have no field", () => {
    expect(schema.shape[toFieldName("R3.7.np")]).toBeUndefined();
  });

  test("sameValues compares parsed values", () => {
    expect(sameValues(t2021, { "R1.np": "1,234" }, { "R1.np": "1234" })).toBe(true);
    expect(sameValues(t2021, { "R1.np": "1" }, {})).toBe(false);
  });
});

describe("a cell that does not parse is unknown, not 0", () => {
  // C1 = C1.1 + … + C1.4; C2-eq-C1 warns when 办结数 ≠ 收到申请数.
  const texts = { "C1.1": "30", "C1.2": "30x", "C1.3": "40", "C1.4": "66", "C2.1": "100", "C2.2": "36" };
  const check = checkForm(t2018, texts);

  test("its sum shows — while the addend is invalid", () => {
    expect(check.parseErrors["C1.2"]).toBeDefined();
    expect(check.sums.C1).toBe("—");
    expect(check.values.C1).toBeUndefined();
    expect(check.unknown.has("C1")).toBe(true);
  });

  test("no rule reads the sum as if the bad cell were 0 (no “收到申请数（C1）为136”)", () => {
    const messages = [...check.hard, ...check.warnings].map((i) => i.message);
    expect(messages.filter((m) => m.includes("C1"))).toEqual([]);
    expect(check.byCell.C1).toBeUndefined();
  });

  test("once fixed, the sum and its rules come back", () => {
    const fixed = checkForm(t2018, { ...texts, "C1.2": "30" });
    expect(fixed.sums.C1).toBe("166");
    expect(fixed.warnings.map((i) => i.message)).toContain("申请办结数（C2）为136，但收到申请数（C1）为166，相差30。");
  });

  test("a sum built on that sum is unknown too (2021: R3.7 from R3.x, 总计 across columns)", () => {
    const c = checkForm(t2021, { "R3.1.np": "abc", "R3.2.np": "3", "R1.np": "10", "R4.np": "0" });
    expect(c.sums["R3.7.np"]).toBe("—");
    expect(c.sums["R3.7.tot"]).toBe("—");
    expect(c.sums["R1.tot"]).toBe("10");
    expect(c.hard.filter((i) => i.key.startsWith("balance"))).toEqual([]);
  });
});
