import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { printTable, type PrintedTable } from "@/lib/report";
import { bodyTree, columnWidths, headerTree, type BodyNode, type HeaderNode } from "@/server/pdf/report/table-tree";

const t2021 = getTemplate("gov-disclosure-2021");
const t2018 = getTemplate("gov-disclosure-2018");
const table = (t: typeof t2021, id: string): PrintedTable => printTable(t, t.sections.flatMap((s) => s.tables).find((x) => x.id === id)!, {});

const shape = (nodes: HeaderNode[]): unknown[] => nodes.map((n) => (n.children.length ? { [`${n.cell.text}@${n.col}`]: shape(n.children) } : `${n.cell.text}@${n.col}`));
const rows = (nodes: BodyNode[]): unknown[] => nodes.map((n) => (n.kind === "row" ? n.cells.length : { [n.cell.text]: rows(n.children) }));

describe("spans back to nested boxes", () => {
  test("the 三 table header: corner over 3 label columns, 申请人情况 over 7, 法人或其他组织 over 5", () => {
    const apply = table(t2021, "apply");
    expect(shape(headerTree(apply.header, apply.columns.length))).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@0",
      { "申请人情况@3": ["自然人@3", { "法人或其他组织@4": ["商业企业@4", "科研机构@5", "社会公益组织@6", "法律服务机构@7", "其他@8"] }, "总计@9"] },
    ]);
  });

  test("the 三 table body: 三、本年度办理结果 holds 22 rows, its groups hold theirs", () => {
    const apply = table(t2021, "apply");
    // Each leaf row: its label (spanning the label columns left to it) and the 7 values.
    expect(rows(bodyTree(apply.body))).toEqual([
      8,
      8,
      { "三、本年度办理结果": [8, 8, { "（三）不予公开": [8, 8, 8, 8, 8, 8, 8, 8] }, { "（四）无法提供": [8, 8, 8] }, { "（五）不予处理": [8, 8, 8, 8, 8] }, { "（六）其他处理": [8, 8, 8] }, 8] },
      8,
    ]);
  });

  test("the 四 table: two header levels under 行政诉讼, one value row without labels", () => {
    const review = table(t2021, "review");
    const tree = headerTree(review.header, review.columns.length);
    expect(tree.map((n) => `${n.cell.text}:${n.children.length}`)).toEqual(["行政复议:5", "行政诉讼:2"]);
    expect(tree[1]!.children.map((n) => `${n.cell.text}@${n.col}:${n.children.length}`)).toEqual(["未经复议直接起诉@5:5", "复议后起诉@10:5"]);
    expect(rows(bodyTree(review.body))).toEqual([15]);
  });

  test("a header that does not cover its columns is refused", () => {
    expect(() => headerTree([[{ text: "a", colSpan: 1, rowSpan: 1, align: "center" }]], 2)).toThrow("表头第 1 行的单元格不足以覆盖 2 列");
  });

  test.each([
    { label: "2018 list", t: t2018, id: "main" },
    { label: "2021 三", t: t2021, id: "apply" },
    { label: "2021 四", t: t2021, id: "review" },
    { label: "2021 P1", t: t2021, id: "P1" },
  ])("column widths fill the line: $label", ({ t, id }) => {
    const widths = columnWidths(table(t, id), 441, 10.5);
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(441, 6);
    expect(Math.min(...widths)).toBeGreaterThan(20);
  });
});
