import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { aggregateTree, buildTree } from "@/lib/org-tree";
import type { CellValues } from "@/lib/values";
import { buildReportDocument, narrativeFromText, runsText, type NarrativeInput, type ReportDocument } from "@/lib/report";
import { loadLeafValues, loadRoster } from "../helpers/imar";
import { SEED_FIELDS } from "./seed-fields";

const t = getTemplate("gov-disclosure-2018");
const roster = loadRoster();
const tree = buildTree(roster);
const region = tree.byCode.get("150000")!.orgId;
const totals = aggregateTree(tree, loadLeafValues(t, roster, 2018));
const totals2017 = aggregateTree(tree, loadLeafValues(t, roster, 2017));

function build(over: Partial<NarrativeInput> = {}): ReportDocument {
  return buildReportDocument({
    template: t,
    year: 2018,
    orgCode: "150000",
    tree,
    totals,
    previous: totals2017.get(region)!,
    fields: SEED_FIELDS,
    ...over,
  });
}

const paragraphs = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === "paragraph" && b.role === "body" ? [runsText(b.runs)] : []));
const text = (doc: ReportDocument) => paragraphs(doc).join("\n");

/** Totals of the region with some cells replaced (the tree's other nodes unchanged). */
function withRegion(values: CellValues): Map<number, CellValues> {
  return new Map([...totals, [region, { ...totals.get(region)!, ...values }]]);
}

describe("the default narrative of the demo region, 2018", () => {
  const doc = build();
  const all = text(doc);

  test("title and headings as the seed prints them", () => {
    expect(doc.title).toBe("内蒙古自治区2018年政府信息公开工作年度报告");
    expect(doc.titleLines).toEqual(["内蒙古自治区2018年", "政府信息公开工作年度报告"]);
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" ? [`${b.level}:${b.text}`] : []));
    expect(headings.filter((h) => h.startsWith("1:"))).toEqual([
      "1:一、概述",
      "1:二、主动公开政府信息情况",
      "1:三、依申请公开情况",
      "1:四、行政复议、行政诉讼及举报情况",
      "1:五、存在问题及下一步工作打算",
    ]);
    expect(headings).toContain("2:（一）申请情况");
    expect(headings).toContain("2:（二）申请处理情况");
    expect(headings).toContain("2:（三）依申请公开收费及减免情况");
    expect(headings).toContain("2:（三）举报情况");
    expect(doc.blocks.filter((b) => b.kind === "appendix").map((b) => (b.kind === "appendix" ? b.label : ""))).toEqual(["附表", "附图"]);
  });

  test("the preface is worded from the fields passed in", () => {
    expect(paragraphs(doc)[0]).toBe(
      "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由自治区人民政府办公厅综合各盟市、区直各部门2018年度政府信息公开工作年度报告编制而成。" +
        "全文包括概述、主动公开政府信息情况、依申请公开情况、行政复议、行政诉讼及举报情况、存在问题及下一步工作打算，并附统计表及附图。" +
        "本报告所列数据统计期限为2018年1月1日至2018年12月31日。" +
        "本年度报告电子版可以从内蒙古自治区政府门户网站（http://www.nmg.gov.cn）下载。" +
        "如对本年度报告有疑问，请与自治区政务服务局联系（电话：0471-4825916，电子邮箱：zwgk_nmg@nmg.gov.cn）。",
    );
  });

  test.each([
    { label: "主动公开, growth and split", sentence: "2018年，全区主动公开政府信息422.32万条，较上年增长32.76%。其中，自治区本级213.37万条，盟市208.95万条。" },
    { label: "申请, growth and split", sentence: "2018年，全区共受理政府信息公开申请1485件，较上年增长24.79%。其中，自治区本级受理申请629件；盟市受理申请856件。" },
    { label: "top 3 区直 (roster names)", sentence: "区直机关申请量居前3位的是自治区人民政府办公厅、自治区自然资源厅、自治区发展和改革委员会。" },
    { label: "top 3 盟市", sentence: "盟市申请量居前3位的是呼和浩特市、鄂尔多斯市、包头市。" },
    { label: "channels", sentence: "从申请渠道看，信函、网络是主要申请形式，分别占总申请量的42.76%、38.92%。" },
    { label: "答复 and 办结率", sentence: "全区共答复政府信息公开申请1485件，办结率100.00%。" },
    { label: "实际公开比例 of all answers", sentence: "其中，予以公开（含属于已主动公开范围、同意公开和同意部分公开）800件，占全部答复1485件的53.87%。" },
    { label: "公开比例 of decidable answers", sentence: "在可以答复是否公开的929件中，公开比例为86.11%。" },
    {
      label: "outcome shares 12.12% … 8.69%",
      sentence: "从答复类型看，“属于已主动公开范围”180件，占12.12%；“同意公开”553件，占37.24%；“同意部分公开”67件，占4.51%；“不同意公开”129件，占8.69%。",
    },
    {
      label: "outcome shares 5.93% … 5.99%",
      sentence: "其余556件中，“申请信息不存在”88件，占5.93%；“不属于本行政机关公开”334件，占22.49%；“告知作出更改补充”45件，占3.03%；“告知通过其他途径办理”89件，占5.99%（以上比例均以全部答复数为基数）。",
    },
    { label: "收费 when G = 0", sentence: "各受理单位在依申请提供政府信息中，未收取任何费用。" },
    {
      label: "复议 29.23/43.08/27.69%",
      sentence:
        "全区受理政府信息公开行政复议案件65件。其中，维持具体行政行为19件，占总数29.23%；撤销具体行政行为、责令履行法定职责、确认违法等依法纠错28件，占总数43.08%；申请人撤销申请或复议机关驳回申请等其他情形18件，占总数27.69%。",
    },
    {
      label: "诉讼 54.90/23.53/21.57% (trailing zero kept)",
      sentence:
        "全区各级法院审理政府信息公开行政诉讼案件51件。其中，维持具体行政行为或者判决驳回原告诉讼请求28件，占总数54.90%；判决撤销行政行为、履行法定职责或确认违法等依法纠错12件，占总数23.53%；原告撤诉等其他情形11件，占总数21.57%。",
    },
    { label: "举报 98件", sentence: "全区全年受理政府信息公开工作举报投诉98件。" },
  ])("$label", ({ sentence }) => {
    expect(all).toContain(sentence);
  });

  test("never the seed's inconsistent 实际公开比例 sentence", () => {
    expect(all).not.toMatch(/929件[^。]*53\.87%/);
    expect(all).not.toContain("实际公开比例为53.87%");
  });

  test("the 附表 prints all 58 values in template order, in full, amounts at scale, C3 derived", () => {
    const table = doc.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const values = table.table.body.filter((r) => !r.heading).map((r) => r.cells[r.cells.length - 1]!.text);
    expect(values).toHaveLength(58);
    expect(values.slice(0, 3)).toEqual(["4223174", "1314", "1396"]);
    const byLabel = new Map(table.table.body.map((r) => [r.cells[0]!.text, r.cells[r.cells.length - 1]!.text]));
    expect(byLabel.get("（三）申请答复数")).toBe("1485");
    expect(byLabel.get("七、依申请公开信息收取的费用")).toBe("0.00");
    expect(values).toContain("745.45");
    expect(values.every((v) => /^\d+(\.\d\d)?$/.test(v))).toBe(true);
    expect(table.table.header).toEqual([
      [
        { text: "统计指标", colSpan: 1, rowSpan: 1, align: "center" },
        { text: "单位", colSpan: 1, rowSpan: 1, align: "center" },
        { text: "统计数", colSpan: 1, rowSpan: 1, align: "center" },
      ],
    ]);
  });

  test("the 附图: pie 51% / 49% with the 万 amounts, bars by channel", () => {
    const charts = doc.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
    expect(charts.map((c) => c.kind)).toEqual(["pie", "bar"]);
    const [pie, bar] = charts;
    expect(pie).toMatchObject({
      title: "2018年全区主动公开政府信息构成",
      unit: "条",
      slices: [
        { label: "自治区本级", valueText: "213.37万", percent: 51 },
        { label: "盟市", valueText: "208.95万", percent: 49 },
      ],
    });
    expect(bar).toMatchObject({ unit: "件", bars: [{ label: "当面", value: 250 }, { label: "传真", value: 22 }, { label: "网络", value: 578 }, { label: "信函", value: 635 }] });
  });

  test("where the office has not written, a draft shows what belongs there", () => {
    const prompts = doc.blocks.filter((b) => b.kind === "paragraph" && b.role === "prompt");
    expect(prompts.length).toBeGreaterThan(3);
    expect(build({ showPrompts: false }).blocks.some((b) => b.kind === "paragraph" && b.role === "prompt")).toBe(false);
  });

  test("the office's prose and headings replace the prompts", () => {
    const d = build({ narrative: narrativeFromText({ overview: ["第一段。", "第二段。"] }, { overview_organisation: "（一）我们的标题" }) });
    expect(paragraphs(d)).toContain("第一段。");
    expect(paragraphs(d)).toContain("第二段。");
    expect(d.blocks).toContainEqual({ kind: "heading", level: 2, text: "（一）我们的标题" });
  });
});

describe("sentences whose figures are not stated are left out", () => {
  test("a share whose base is 0: the 复议 shares go, the count says there were none", () => {
    const d = build({ totals: withRegion({ D: 0n, D1: 0n, D2: 0n, D3: 0n }) });
    const all = text(d);
    expect(all).toContain("全区未发生政府信息公开行政复议案件。");
    expect(all).not.toContain("维持具体行政行为0件");
    expect(all).not.toMatch(/占总数%|null|undefined|NaN/);
  });

  test("no 答复 at all: every outcome-share sentence and the 实际公开比例 go", () => {
    const zero = Object.fromEntries(t.cells.filter((c) => c.code.startsWith("C3")).map((c) => [c.code, 0n]));
    const all = text(build({ totals: withRegion(zero) }));
    expect(all).not.toContain("从答复类型看");
    expect(all).not.toContain("其余");
    expect(all).not.toContain("占全部答复");
    expect(all).not.toContain("公开比例为");
    expect(all).toContain("办结率100.00%");
  });

  test("no previous year: the count without a growth clause", () => {
    const all = text(build({ previous: null }));
    expect(all).toContain("2018年，全区主动公开政府信息422.32万条。其中，");
    expect(all).not.toContain("较上年");
  });

  test("a fall is worded as 下降, level as 持平", () => {
    const cur = totals.get(region)!;
    const fall = text(build({ previous: { ...totals2017.get(region)!, A1: cur.A1! * 2n } }));
    expect(fall).toContain("422.32万条，较上年下降50.00%。");
    const level = text(build({ previous: { ...totals2017.get(region)!, A1: cur.A1! } }));
    expect(level).toContain("422.32万条，与上年持平。");
  });

  test("a fee charged is stated in 万元 at its scale", () => {
    expect(text(build({ totals: withRegion({ G: 123n }) }))).toContain("共收取费用1.23万元。");
  });

  test("a unit without children: no split, no top-N, and the scope passed in", () => {
    const d = buildReportDocument({ template: t, year: 2018, orgCode: "150000-01", tree, totals, previous: null, fields: { unitName: "自治区人民政府办公厅", scope: "本机关" } });
    const all = text(d);
    expect(all).toContain("2018年，本机关共受理政府信息公开申请96件。");
    expect(all).not.toContain("其中，自治区本级");
    expect(all).not.toContain("居前");
    expect(d.blocks.some((b) => b.kind === "chart" && b.chart.kind === "pie")).toBe(false);
    expect(paragraphs(d)[0]).toContain("本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。");
    expect(paragraphs(d)[0]).not.toContain("下载");
  });
});
