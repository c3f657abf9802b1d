import { describe, expect, test } from "vitest";
import { aggregateTree, buildTree, type RosterNode } from "@/lib/org-tree";
import { evaluateRules } from "@/lib/rules";
import { buildReportDocument, runsText, type ReportDocument } from "@/lib/report";
import type { CellValues } from "@/lib/values";
import { LEAVES_2021, ORGS_2021, pct, sumOver, synthetic2021, TEMPLATE_2021 as t } from "./synthetic-2021";

const data = synthetic2021();
const ids = new Map(ORGS_2021.map((o, i) => [o.code, i + 1]));
const roster: RosterNode[] = ORGS_2021.map((o) => ({ orgId: ids.get(o.code)!, code: o.code, name: o.name, kind: o.kind, parentOrgId: o.parent ? ids.get(o.parent)! : null }));
const tree = buildTree(roster);
const byId = (m: Map<string, CellValues>) => new Map([...m].map(([code, v]) => [ids.get(code)!, v]));
const totals = aggregateTree(tree, byId(data[2021]));
const totals2020 = aggregateTree(tree, byId(data[2020]));
const leaves = [...data[2021].values()];

const doc: ReportDocument = buildReportDocument({
  template: t,
  year: 2021,
  orgCode: "990000",
  tree,
  totals,
  previous: totals2020.get(ids.get("990000")!)!,
  fields: { unitName: "示例省", scope: "全省" },
});
const text = doc.blocks.flatMap((b) => (b.kind === "paragraph" && b.role === "body" ? [runsText(b.runs)] : [])).join("\n");
const sum = (...cells: string[]) => sumOver(leaves, cells);

describe("the synthetic 2021 data", () => {
  test("every leaf passes every hard rule of the template, with last year's values", () => {
    for (const code of LEAVES_2021) {
      const hard = evaluateRules(t, data[2021].get(code)!, { previous: data[2020].get(code)! }).filter((i) => i.severity === "hard");
      expect(hard, code).toEqual([]);
    }
  });
});

describe("the default narrative in the 2021 format", () => {
  test("the six parts in order, with the official tables inside 二, 三 and 四", () => {
    const order = doc.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : b.kind === "table" ? [`table:${b.table.id}`] : []));
    expect(order).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "table:P1",
      "table:P5",
      "table:P6",
      "table:P8",
      "三、收到和处理政府信息公开申请情况",
      "table:apply",
      "四、政府信息公开行政复议、行政诉讼情况",
      "table:review",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  test("收办 = 新收 + 上年结转, with growth against 2020", () => {
    const total = sum("R1.tot", "R2.tot");
    const before = sumOver(data[2020].values(), ["R1.tot", "R2.tot"]);
    const change = total - before;
    const growth = change >= 0n ? `较上年增长${pct(change, before)}%` : `较上年下降${pct(-change, before)}%`;
    expect(text).toContain(`2021年，全省共收办政府信息公开申请${total}件（本年新收${sum("R1.tot")}件，上年结转${sum("R2.tot")}件），${growth}。`);
  });

  test("自然人 and 法人或其他组织 with their shares of 收办", () => {
    const total = sum("R1.tot", "R2.tot");
    const np = sum("R1.np", "R2.np");
    const legal = total - np;
    expect(text).toContain(`从申请人看，自然人申请${np}件，占${pct(np, total)}%；法人或其他组织申请${legal}件，占${pct(legal, total)}%。`);
  });

  test("the split is worded from the children: 省本级 (its departments) and the 市 below", () => {
    const dept = sumOver(["990000-01", "990000-02", "990000-03"].map((c) => data[2021].get(c)!), ["R1.tot", "R2.tot"]);
    const cities = sumOver(["990100", "990201", "990202"].map((c) => data[2021].get(c)!), ["R1.tot", "R2.tot"]);
    expect(text).toContain(`从申请分布看，省本级${dept}件；各市${cities}件。`);
  });

  test("outcome categories as shares of 办结 (R3.7)", () => {
    const done = sum("R3.7.tot");
    const group = (prefix: string, n: number) => sum(...Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}.tot`));
    const parts = [
      ["予以公开", sum("R3.1.tot")],
      ["部分公开", sum("R3.2.tot")],
      ["不予公开", group("R3.3", 8)],
      ["无法提供", group("R3.4", 3)],
      ["不予处理", group("R3.5", 5)],
      ["其他处理", group("R3.6", 3)],
    ] as const;
    expect(text).toContain(`本年度办结申请${done}件，其中${parts.map(([l, n]) => `${l}${n}件，占${pct(n, done)}%`).join("；")}。`);
    const open = sum("R3.1.tot", "R3.2.tot");
    expect(text).toContain(`予以公开及部分公开合计${open}件，占办结申请的${pct(open, done)}%。`);
    expect(text).toContain(`结转下年度继续办理${sum("R4.tot")}件。`);
  });

  test("复议 and 诉讼 from the respondent's side, in the law's words", () => {
    const ar = sum("AR.total");
    const lit = sum("LD.total", "LA.total");
    expect(text).toContain(`2021年，全省因政府信息公开工作被申请行政复议${ar}件、被提起行政诉讼${lit}件。`);
    expect(text).toContain(`行政复议结果维持${sum("AR.upheld")}件，结果纠正${sum("AR.corrected")}件，其他结果${sum("AR.other")}件，尚未审结${sum("AR.pending")}件。`);
    expect(text).toContain(
      `行政诉讼中，未经复议直接起诉${sum("LD.total")}件、复议后起诉${sum("LA.total")}件；结果维持${sum("LD.upheld", "LA.upheld")}件，结果纠正${sum("LD.corrected", "LA.corrected")}件，其他结果${sum("LD.other", "LA.other")}件，尚未审结${sum("LD.pending", "LA.pending")}件。`,
    );
    expect(text).not.toContain("审理");
    expect(text).toContain("注：复议后起诉的案件以原行政机关和复议机关为共同被告");
  });

  test("信息处理费: notices, amount noticed and collected in 元 at 2 decimals", () => {
    const yuan = (v: bigint) => `${v / 100n}.${String(v % 100n).padStart(2, "0")}`;
    expect(text).toContain(`发出收费通知${sum("F1")}件，收费通知金额${yuan(sum("F2"))}元，实际收取信息处理费${yuan(sum("F3"))}元。`);
  });

  test("the 三 table keeps the official merged header and spanning labels", () => {
    const apply = doc.blocks.find((b) => b.kind === "table" && b.table.id === "apply");
    if (apply?.kind !== "table") throw new Error("no apply table");
    expect(apply.table.header.map((r) => r.map((c) => `${c.text}/${c.colSpan}x${c.rowSpan}`))).toEqual([
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/3x3", "申请人情况/7x1"],
      ["自然人/1x2", "法人或其他组织/5x1", "总计/1x2"],
      ["商业企业/1x1", "科研机构/1x1", "社会公益组织/1x1", "法律服务机构/1x1", "其他/1x1"],
    ]);
    const third = apply.table.body.find((r) => r.cells[0]!.text === "三、本年度办理结果")!;
    expect(third.cells[0]).toMatchObject({ rowSpan: 22, colSpan: 1 });
    const r1 = apply.table.body[0]!;
    expect(r1.cells.map((c) => c.text)).toEqual(["一、本年新收政府信息公开申请数量", ...["np", "biz", "res", "ngo", "law", "oth", "tot"].map((c) => String(sum(`R1.${c}`)))]);
  });

  test("附图: pie by kind and bars by requester type", () => {
    const charts = doc.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
    expect(charts.map((c) => `${c.kind}:${c.title}`)).toEqual(["pie:2021年全省收办政府信息公开申请分布", "bar:2021年全省政府信息公开申请人类型"]);
    const bar = charts[1]!;
    if (bar.kind !== "bar") throw new Error("no bars");
    expect(bar.bars.map((b) => b.label)).toEqual(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    expect(bar.bars[0]!.valueText).toBe(String(sum("R1.np", "R2.np")));
  });
});
