import { describe, test, expect } from "vitest";
import { compileTemplate, getTemplate, templateDefs, templateSchema, type TemplateDef } from "@/lib/templates";
import { readJson } from "../helpers/imar";

const t2018 = getTemplate("gov-disclosure-2018");
const t2021 = getTemplate("gov-disclosure-2021");

const codes = (t: typeof t2018) => t.cells.map((c) => c.code);

describe("shipped templates", () => {
  test.each([
    { label: "gov-disclosure-2018", id: "gov-disclosure-2018" as const },
    { label: "gov-disclosure-2021", id: "gov-disclosure-2021" as const },
  ])("$label validates with templateSchema and compiles", ({ id }) => {
    expect(templateSchema.safeParse(templateDefs[id]).success).toBe(true);
    const t = getTemplate(id);
    expect(t.id).toEqual(id);
    expect(getTemplate(id)).toBe(t);
  });

  test.each([
    { label: "gov-disclosure-2018", id: "gov-disclosure-2018" as const },
    { label: "gov-disclosure-2021", id: "gov-disclosure-2021" as const },
  ])("$label: every value cell has a 填报说明, a unit and a message name", ({ id }) => {
    const t = getTemplate(id);
    expect(t.cells.filter((c) => !c.note?.trim()).map((c) => c.code)).toEqual([]);
    expect(t.cells.filter((c) => !c.unit).map((c) => c.code)).toEqual([]);
    expect(t.cells.filter((c) => !c.name).map((c) => c.code)).toEqual([]);
  });

  test("an unknown template id is refused", () => {
    expect(() => getTemplate("gov-disclosure-1999")).toThrow("未知的统计表模板：gov-disclosure-1999");
  });
});

describe("2018 template", () => {
  test("has exactly the 58 value cells of totals-2018.json, in order", () => {
    expect(codes(t2018)).toEqual(Object.keys(readJson("totals-2018.json")));
    expect(t2018.cells.length).toEqual(58);
  });

  test("sum cells are computed, in template order", () => {
    expect(t2018.cells.filter((c) => c.computed).map((c) => c.code)).toEqual(["C1", "C2", "C3", "C3.4", "D", "E", "H3"]);
  });

  test("sums are ordered so C3.4 is computed before C3", () => {
    const order = t2018.sums.map((r) => r.key);
    expect(order.indexOf("C3.4-sum")).toBeLessThan(order.indexOf("C3-sum"));
    expect([...order].sort()).toEqual(["C1-sum", "C2-sum", "C3-sum", "C3.4-sum", "D-sum", "E-sum", "H3-sum"]);
  });

  test.each([
    { label: "G is 万元 at scale 2", code: "G", unit: "万元", scale: 2 },
    { label: "H4 is 万元 at scale 2", code: "H4", unit: "万元", scale: 2 },
    { label: "A1 is 条 at scale 0", code: "A1", unit: "条", scale: 0 },
    { label: "B2.3 is 篇", code: "B2.3", unit: "篇", scale: 0 },
    { label: "H3.1 is 人", code: "H3.1", unit: "人", scale: 0 },
    { label: "I3 is 人次", code: "I3", unit: "人次", scale: 0 },
  ])("$label", ({ code, unit, scale }) => {
    const cell = t2018.cell(code)!;
    expect({ unit: cell.unit, scale: cell.scale, signed: cell.signed }).toEqual({ unit, scale, signed: false });
  });

  test("only G and H4 keep decimals", () => {
    expect(t2018.cells.filter((c) => c.scale !== 0).map((c) => c.code)).toEqual(["G", "H4"]);
  });

  test("list header and heading rows", () => {
    const table = t2018.sections[0]!.tables[0]!;
    expect(table.header).toEqual([
      [
        { text: "统计指标", colSpan: 1, rowSpan: 1 },
        { text: "单位", colSpan: 1, rowSpan: 1 },
        { text: "统计数", colSpan: 1, rowSpan: 1 },
      ],
    ]);
    expect(table.body.filter((r) => r.heading).map((r) => r.rowCode)).toEqual(["A", "A2", "B", "B2", "C", "H", "I"]);
    expect(table.body.find((r) => r.rowCode === "H4")!.unit).toEqual("万元");
  });
});

describe("2021 template", () => {
  const cols = ["np", "biz", "res", "ngo", "law", "oth", "tot"];
  const applyRows = [
    "R1",
    "R2",
    "R3.1",
    "R3.2",
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `R3.3.${i}`),
    ...[1, 2, 3].map((i) => `R3.4.${i}`),
    ...[1, 2, 3, 4, 5].map((i) => `R3.5.${i}`),
    ...[1, 2, 3].map((i) => `R3.6.${i}`),
    "R3.7",
    "R4",
  ];
  const outcomes = ["upheld", "corrected", "other", "pending", "total"];
  const expected = [
    ...["reg", "norm"].flatMap((r) => ["issued", "repealed", "valid"].map((c) => `P1.${r}.${c}`)),
    "P5.license",
    "P6.penalty",
    "P6.coercion",
    "P8.fee",
    ...applyRows.flatMap((r) => cols.map((c) => `${r}.${c}`)),
    ...["AR", "LD", "LA"].flatMap((g) => outcomes.map((o) => `${g}.${o}`)),
    "F1",
    "F2",
    "F3",
  ];

  test("has 203 cells: every code of template-2021.md, in order", () => {
    expect(applyRows.length).toEqual(25);
    expect(codes(t2021)).toEqual(expected);
    expect(t2021.cells.length).toEqual(203);
  });

  test("200 official cells: F1–F3 (信息处理费) are marked beyond the official table; every 2018 cell is official", () => {
    expect(t2021.cells.filter((c) => c.official)).toHaveLength(200);
    expect(t2021.cells.filter((c) => !c.official).map((c) => c.code)).toEqual(["F1", "F2", "F3"]);
    expect(t2018.cells.every((c) => c.official)).toBe(true);
    expect(t2018.cells.filter((c) => c.official)).toHaveLength(t2018.cells.length);
  });

  test.each([
    { label: "P8.fee is 万元 at scale 4", code: "P8.fee", unit: "万元", scale: 4 },
    { label: "F2 is 元 at scale 2", code: "F2", unit: "元", scale: 2 },
    { label: "F3 is 元 at scale 2", code: "F3", unit: "元", scale: 2 },
    { label: "F1 is 件 at scale 0", code: "F1", unit: "件", scale: 0 },
    { label: "R3.3.1.np is 件 at scale 0", code: "R3.3.1.np", unit: "件", scale: 0 },
    { label: "LA.total is 件 at scale 0", code: "LA.total", unit: "件", scale: 0 },
  ])("$label", ({ code, unit, scale }) => {
    const cell = t2021.cell(code)!;
    expect({ unit: cell.unit, scale: cell.scale, signed: cell.signed }).toEqual({ unit, scale, signed: false });
  });

  test("only P8.fee, F2 and F3 keep decimals", () => {
    expect(t2021.cells.filter((c) => c.scale !== 0).map((c) => [c.code, c.scale])).toEqual([
      ["P8.fee", 4],
      ["F2", 2],
      ["F3", 2],
    ]);
  });

  test("computed cells: every tot, every R3.7 and the three 四 totals", () => {
    const computed = new Set(t2021.cells.filter((c) => c.computed).map((c) => c.code));
    const want = new Set([
      ...applyRows.map((r) => `${r}.tot`),
      ...cols.map((c) => `R3.7.${c}`),
      "AR.total",
      "LD.total",
      "LA.total",
    ]);
    expect(computed).toEqual(want);
    expect(computed.size).toEqual(34);
  });

  test.each([
    { label: "R1.np", code: "R1.np", name: "自然人·本年新收" },
    { label: "R3.3.1.biz", code: "R3.3.1.biz", name: "商业企业·不予公开·属于国家秘密" },
    { label: "R4.tot", code: "R4.tot", name: "总计·结转下年度" },
    { label: "LA.total", code: "LA.total", name: "复议后起诉·总计" },
    { label: "AR.upheld", code: "AR.upheld", name: "行政复议·结果维持" },
    { label: "P1.norm.valid", code: "P1.norm.valid", name: "现行有效·行政规范性文件" },
  ])("cell name of $label", ({ code, name }) => {
    expect(t2021.cell(code)!.name).toEqual(name);
  });

  test("三 grid: a 3-level header, the corner spanning 3 label columns and 3 header rows", () => {
    const apply = t2021.sections.flatMap((s) => s.tables).find((t) => t.id === "apply")!;
    expect(apply.labelColumns).toEqual(3);
    expect(apply.header.length).toEqual(3);
    expect(apply.header[0]).toEqual([
      { text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colSpan: 3, rowSpan: 3 },
      { text: "申请人情况", colSpan: 7, rowSpan: 1 },
    ]);
    expect(apply.header[1]).toEqual([
      { text: "自然人", colSpan: 1, rowSpan: 2 },
      { text: "法人或其他组织", colSpan: 5, rowSpan: 1 },
      { text: "总计", colSpan: 1, rowSpan: 2 },
    ]);
    expect(apply.header[2]!.map((h) => h.text)).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    expect(apply.columnCodes).toEqual(cols);
    expect(apply.rowCodes).toEqual(applyRows);
  });

  test("三 grid: the 三、本年度办理结果 label spans the 22 outcome rows (R3.1 … R3.7)", () => {
    const apply = t2021.sections.flatMap((s) => s.tables).find((t) => t.id === "apply")!;
    const first = apply.body.find((r) => r.rowCode === "R3.1")!;
    expect(first.labels).toEqual([
      { text: "三、本年度办理结果", colSpan: 1, rowSpan: 22 },
      { text: "（一）予以公开", colSpan: 2, rowSpan: 1 },
    ]);
    const r331 = apply.body.find((r) => r.rowCode === "R3.3.1")!;
    expect(r331.labels).toEqual([
      { text: "（三）不予公开", colSpan: 1, rowSpan: 8 },
      { text: "1.属于国家秘密", colSpan: 1, rowSpan: 1 },
    ]);
    expect(apply.body.find((r) => r.rowCode === "R1")!.labels).toEqual([
      { text: "一、本年新收政府信息公开申请数量", colSpan: 3, rowSpan: 1 },
    ]);
  });

  test("四 table: no label columns, one row of 15 cells", () => {
    const review = t2021.sections.flatMap((s) => s.tables).find((t) => t.id === "review")!;
    expect(review.labelColumns).toEqual(0);
    expect(review.body.length).toEqual(1);
    expect(review.body[0]!.cells).toEqual(["AR", "LD", "LA"].flatMap((g) => outcomes.map((o) => `${g}.${o}`)));
    expect(review.header[0]).toEqual([
      { text: "行政复议", colSpan: 5, rowSpan: 1 },
      { text: "行政诉讼", colSpan: 10, rowSpan: 1 },
    ]);
    expect(t2021.cells.filter((c) => c.tableId === "review").length).toEqual(15);
  });
});

/** A minimal valid template: one list table with a sum. */
function small(over: Partial<TemplateDef> = {}, rows?: TemplateDef["sections"][number]["tables"][number]["rows"]): TemplateDef {
  return {
    id: "small",
    name: "小表",
    sections: [
      {
        id: "s",
        title: "小表",
        tables: [
          {
            id: "t",
            layout: "list",
            columns: [{ label: "数" }],
            rows: rows ?? [
              { code: "X", label: "合计" },
              { code: "X1", label: "甲" },
              { code: "X2", label: "乙" },
            ],
          },
        ],
      },
    ],
    rules: [{ id: "X-sum", kind: "linear", severity: "hard", computes: true, label: "合计", lhs: [{ cell: "X" }], op: "=", rhs: [{ cell: "X1" }, { cell: "X2" }] }],
    figures: [],
    ...over,
  };
}

describe("compileTemplate", () => {
  test("a small valid template compiles", () => {
    const t = compileTemplate(small());
    expect(t.cells.map((c) => [c.code, c.computed])).toEqual([
      ["X", true],
      ["X1", false],
      ["X2", false],
    ]);
  });

  test.each([
    {
      label: "a duplicate cell code",
      def: small({}, [
        { code: "X", label: "合计" },
        { code: "X1", label: "甲" },
        { code: "X2", label: "乙" },
        { code: "X1", label: "丙" },
      ]),
      error: "模板错误：单元格代码重复（X1）",
    },
    {
      label: "a rule naming an unknown cell",
      def: small({
        rules: [{ id: "bad", kind: "linear", severity: "hard", label: "坏", lhs: [{ cell: "X" }], op: "=", rhs: [{ cell: "X9" }] }],
      }),
      error: "模板错误：规则 bad 引用了不存在的单元格 X9",
    },
    {
      label: "a cyclic sum",
      def: small({
        rules: [
          { id: "a", kind: "linear", severity: "hard", computes: true, label: "甲", lhs: [{ cell: "X" }], op: "=", rhs: [{ cell: "X1" }] },
          { id: "b", kind: "linear", severity: "hard", computes: true, label: "乙", lhs: [{ cell: "X1" }], op: "=", rhs: [{ cell: "X2" }] },
          { id: "c", kind: "linear", severity: "hard", computes: true, label: "丙", lhs: [{ cell: "X2" }], op: "=", rhs: [{ cell: "X" }] },
        ],
      }),
      error: /模板错误：合计单元格循环引用/,
    },
    {
      label: "a figure naming an unknown cell",
      def: small({ figures: [{ id: "f", kind: "value", label: "f", cells: ["Y"] }] }),
      error: "模板错误：指标 f 引用了不存在的单元格 Y",
    },
    {
      label: "a forEach over an unknown table",
      def: small({
        rules: [{ id: "e", kind: "linear", severity: "hard", label: "e", forEach: { table: "nope", over: "rows" }, lhs: [{ cell: "{row}" }], op: ">=", rhs: [{ cell: "X" }] }],
      }),
      error: "模板错误：规则 e 引用了不存在的表 nope",
    },
  ])("rejects $label", ({ def, error }) => {
    expect(() => compileTemplate(def)).toThrow(error);
  });

  test("rejects a malformed definition through the schema", () => {
    expect(() => compileTemplate({ ...small(), id: "Bad Id" })).toThrow();
    expect(templateSchema.safeParse({ ...small(), id: "Bad Id" }).success).toBe(false);
  });
});
