import { describe, test, expect } from "vitest";
import { getTemplate } from "@/lib/templates";
import { buildTree } from "@/lib/org-tree";
import { validateSubmissionImport, type ImportInput, type ImportProblem } from "@/lib/import";
import { parseCellInput } from "@/lib/values";
import { loadLeafValues, loadRoster, readCsv } from "../helpers/imar";

const t = getTemplate("gov-disclosure-2018");
const roster = loadRoster();
const tree = buildTree(roster);
const [header, ...rows] = readCsv("submissions-2018.csv") as [string[], ...string[][]];
const expectedValues = loadLeafValues(t, roster, 2018);
const id = (code: string) => tree.byCode.get(code)!.orgId;
const col = (code: string) => header.indexOf(code);

const input = (over: Partial<ImportInput> = {}): ImportInput => ({
  template: t,
  tree,
  year: 2018,
  header,
  rows,
  targetStatus: "submitted",
  existing: new Map(),
  ...over,
});

/** The demo rows with one cell of the row of `org` replaced. */
function withCell(org: string, code: string, value: string): string[][] {
  return rows.map((r) => (r[0] === org ? r.map((v, j) => (j === col(code) ? value : v)) : r));
}

const lineOf = (org: string) => rows.findIndex((r) => r[0] === org) + 2;
const problems = (over: Partial<ImportInput>): ImportProblem[] => {
  const r = validateSubmissionImport(input(over));
  if (r.ok) throw new Error("expected the import to be refused");
  return r.problems;
};

describe("the 2018 demo CSV", () => {
  test("imports all 56 leaves with their values", () => {
    const r = validateSubmissionImport(input());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.items.length).toEqual(56);
    expect(r.items.map((i) => i.orgCode)).toEqual(rows.map((row) => row[0]));
    for (const item of r.items) {
      expect(item.orgId).toEqual(id(item.orgCode));
      expect(item.values).toEqual(expectedValues.get(item.orgId));
    }
  });

  test("warnings travel with the items, hard rules hold", () => {
    const r = validateSubmissionImport(input());
    if (!r.ok) throw new Error("refused");
    const warned = r.items.filter((i) => i.warnings.length > 0);
    expect(warned.length).toBeGreaterThan(0);
    expect(r.items.flatMap((i) => i.warnings).every((w) => w.severity === "warning")).toBe(true);
  });

  test("missing sum columns are computed", () => {
    const sums = ["C1", "C2", "C3", "C3.4", "D", "E", "H3"];
    const keep = header.map((h, j) => (sums.includes(h) ? -1 : j)).filter((j) => j >= 0);
    const r = validateSubmissionImport(input({ header: keep.map((j) => header[j]!), rows: rows.map((row) => keep.map((j) => row[j]!)) }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.items.length).toEqual(56);
    for (const item of r.items) expect(item.values).toEqual(expectedValues.get(item.orgId));
  });
});

describe("each problem is reported with its unit and cell", () => {
  const org = "150000-01";
  test.each([
    {
      label: "an unknown unit code",
      over: () => ({ rows: [...rows, ["159999", ...rows[0]!.slice(1)]] }),
      problems: [{ line: 58, orgCode: "159999", cell: null, message: "单位代码 159999 不在 2018 年度的单位名册中" }],
    },
    {
      label: "an unknown column",
      over: () => ({ header: [...header, "Z9"], rows: rows.map((r) => [...r, "1"]) }),
      problems: [{ line: 1, orgCode: null, cell: "Z9", message: "未知的列 Z9：模板 gov-disclosure-2018 中没有这个单元格代码" }],
    },
    {
      label: "a missing required column",
      over: () => ({ header: header.filter((h) => h !== "F"), rows: rows.map((r) => r.filter((_, j) => j !== col("F"))) }),
      problems: [{ line: 1, orgCode: null, cell: "F", message: "缺少列 F（举报投诉数量）" }],
    },
    {
      label: "a non-leaf unit (包头市 150200)",
      over: () => ({ rows: [...rows, ["150200", ...rows[0]!.slice(1)]] }),
      problems: [{ line: 58, orgCode: "150200", cell: null, message: "包头市（150200）汇总下级单位的数据，不能直接导入，请导入其下级单位" }],
    },
    {
      label: "a duplicate row",
      over: () => ({ rows: [...rows, rows[3]!] }),
      problems: [{ line: 58, orgCode: rows[3]![0], cell: null, message: `单位 ${rows[3]![0]} 在第 5 行已出现` }],
    },
    {
      label: "a broken hard rule (C1 ≠ its parts)",
      over: () => ({ rows: withCell(org, "C1", "98") }),
      problems: [{ line: lineOf(org), orgCode: org, cell: "C1", message: "收到申请数（C1）为98，但当面、传真、网络、信函申请数之和为96，相差2。" }],
    },
    {
      label: "a blank required cell",
      over: () => ({ rows: withCell(org, "I3", "") }),
      problems: [{ line: lineOf(org), orgCode: org, cell: "I3", message: "接受培训人员数（I3）未填写" }],
    },
    {
      label: "a short row",
      over: () => ({ rows: [...rows.slice(0, 2), rows[2]!.slice(0, 10), ...rows.slice(3)] }),
      problems: [{ line: 4, orgCode: rows[2]![0], cell: null, message: `该行有 10 列，表头有 ${header.length} 列` }],
    },
  ])("$label", ({ over, problems: expected }) => {
    expect(problems(over())).toEqual(expected);
  });
});

describe("a value that does not parse is reported with the cell and the reason", () => {
  const org = "150000-01";
  test.each([
    { label: "letters", code: "C1.1", name: "当面申请数", raw: "12a" },
    { label: "a decimal in a count", code: "F", name: "举报投诉数量", raw: "9.5" },
    { label: "three decimals in 万元", code: "H4", name: "政府信息公开专项经费", raw: "45.731" },
    { label: "a negative count", code: "H3.1", name: "专职人员数", raw: "-1" },
  ])("$label: $raw in $code", ({ code, name, raw }) => {
    const found = problems({ rows: withCell(org, code, raw) });
    expect(found.map((p) => [p.line, p.orgCode, p.cell])).toEqual([[lineOf(org), org, code]]);
    const reason = parseCellInput(raw, t.cell(code)!);
    if (reason.ok) throw new Error(`${raw} parses`);
    expect(found[0]!.message).toContain(`${name}（${code}）`);
    expect(found[0]!.message).toContain(reason.message);
  });
});

describe("the whole file is checked at once", () => {
  test("two bad rows give two problems", () => {
    const bad = withCell("150000-01", "C1.1", "x").map((r) => (r[0] === "150202" ? r.map((v, j) => (j === col("D") ? "1000" : v)) : r));
    const found = problems({ rows: bad });
    expect(found.map((p) => [p.line, p.orgCode, p.cell])).toEqual([
      [lineOf("150000-01"), "150000-01", "C1.1"],
      [lineOf("150202"), "150202", "D"],
    ]);
  });

  test("a bad unit and a bad value in the same file are both reported", () => {
    const found = problems({ rows: [...withCell("150100", "H3.1", "-1"), ["150200", ...rows[0]!.slice(1)]] });
    expect(found.map((p) => [p.orgCode, p.cell])).toEqual([
      ["150100", "H3.1"],
      ["150200", null],
    ]);
    expect(found[0]!.message).toContain("该项不能为负数");
    expect(found[1]!.message).toEqual("包头市（150200）汇总下级单位的数据，不能直接导入，请导入其下级单位");
  });
});

describe("approved submissions", () => {
  const approved = new Map([[id("150300"), "approved"]]);

  test.each([
    { label: "draft", targetStatus: "draft" as const },
    { label: "submitted", targetStatus: "submitted" as const },
  ])("are refused when importing as $label", ({ targetStatus }) => {
    expect(problems({ existing: approved, targetStatus })).toEqual([
      { line: lineOf("150300"), orgCode: "150300", cell: null, message: "乌海市（150300）的数据已审核通过，不能覆盖（导入历史数据请使用 --status approved）" },
    ]);
  });

  test("are replaced when importing as approved", () => {
    const r = validateSubmissionImport(input({ existing: approved, targetStatus: "approved" }));
    expect(r.ok && r.items.length).toEqual(56);
  });

  test("a submitted (not approved) submission may be overwritten", () => {
    const r = validateSubmissionImport(input({ existing: new Map([[id("150300"), "submitted"]]) }));
    expect(r.ok).toBe(true);
  });
});
