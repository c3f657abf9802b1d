import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { checkOutline, FIELD_NAMES, getOutline, outlines, outlineSchema, type ReportOutline } from "@/lib/report";

const base = outlines["gov-disclosure-2018"]!;

describe("the shipped outlines", () => {
  test.each(["gov-disclosure-2018", "gov-disclosure-2021"])("%s: valid by the schema and fits its template", (id) => {
    const outline = getOutline(id);
    expect(outlineSchema.safeParse(outline).success).toBe(true);
    expect(checkOutline(outline, getTemplate(id), FIELD_NAMES)).toEqual([]);
  });

  test("2021 has the six mandatory parts of the national format", () => {
    expect(getOutline("gov-disclosure-2021").parts.map((p) => p.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(getOutline("gov-disclosure-2021").parts[0]!.parts!.map((p) => p.heading)).toEqual([
      "（一）主动公开",
      "（二）依申请公开",
      "（三）政府信息管理",
      "（四）政府信息公开平台建设",
      "（五）监督保障",
    ]);
  });

  test("a template without an outline is refused", () => {
    expect(() => getOutline("gov-disclosure-2019")).toThrow("模板 gov-disclosure-2019 没有报告大纲");
  });
});

describe("the outline schema refuses", () => {
  const part = { id: "p", heading: "一、概述" };
  test.each([
    { label: "no parts", outline: { ...base, parts: [] } },
    { label: "an empty title", outline: { ...base, title: [] } },
    { label: "a part id with a space", outline: { ...base, parts: [{ ...part, id: "a b" }] } },
    { label: "an unknown block kind", outline: { ...base, parts: [{ ...part, blocks: [{ kind: "html", html: "<b>" }] }] } },
    { label: "an unknown condition", outline: { ...base, preface: [{ variants: [{ when: { path: "x", is: "big" }, text: "x" }] }] } },
    { label: "a rank without items", outline: { ...base, figures: [{ id: "r", kind: "rank", label: "r", items: [], n: 1 }] } },
    { label: "an unknown chart kind", outline: { ...base, appendixCharts: { heading: "附图", charts: [{ kind: "line", id: "c", title: "t", figure: "f" }] } } },
  ])("$label", ({ outline }) => {
    expect(outlineSchema.safeParse(outline).success).toBe(false);
  });
});

describe("checkOutline finds what does not fit the template", () => {
  const t = getTemplate("gov-disclosure-2018");
  const check = (o: Partial<ReportOutline>) => checkOutline({ ...base, ...o }, t, FIELD_NAMES);
  test.each([
    { label: "an unknown placeholder", o: { preface: ["{nosuchfigure.percent}%"] }, msg: "前言：未知的占位符“nosuchfigure”" },
    { label: "a syntax error", o: { preface: ["{year"] }, msg: "前言：“{year”中的“{”没有配对的“}”" },
    { label: "an unknown name in a condition", o: { preface: [{ variants: [{ when: { path: "nope.value", is: "zero" as const }, text: "x" }] }] }, msg: "前言：条件中未知的占位符“nope”" },
    { label: "a section the template lacks", o: { appendixTables: { heading: "附表", title: "t", sections: ["s9"] } }, msg: "附表：模板没有“s9”部分" },
    { label: "a chart of an unknown figure", o: { appendixCharts: { heading: "附图", charts: [{ kind: "pie" as const, id: "c", title: "t", figure: "nope" }] } }, msg: "附图 c：未知的指标“nope”" },
    { label: "a figure over an unknown cell", o: { figures: [{ id: "x", kind: "value" as const, label: "x", cells: ["Z9"] }] }, msg: "指标 x：模板没有单元格“Z9”" },
    { label: "a figure over an unknown figure", o: { figures: [{ id: "x", kind: "value" as const, label: "x", cells: [{ figure: "nope", part: "numerator" as const }] }] }, msg: "指标 x：未知的指标“nope”" },
    { label: "another template's outline", o: { templateId: "gov-disclosure-2021" }, msg: "大纲属于模板 gov-disclosure-2021，不是 gov-disclosure-2018" },
  ])("$label", ({ o, msg }) => {
    expect(check(o)).toContain(msg);
  });
});
