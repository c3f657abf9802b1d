import { describe, test, expect } from "vitest";
import fc from "fast-check";
import { getTemplate } from "@/lib/templates";
import { aggregateTree, buildTree } from "@/lib/org-tree";
import { evaluateFigure, evaluateFigures, percentText, roundDiv, wanText, wholePercents, type FigureResult } from "@/lib/figures";
import { formatScaled } from "@/lib/values";
import { loadLeafValues, loadRoster, loadTotals, readJson } from "../helpers/imar";

const t = getTemplate("gov-disclosure-2018");
const roster = loadRoster();
const tree = buildTree(roster);
const region = tree.byCode.get("150000")!.orgId;
const totals2018 = aggregateTree(tree, loadLeafValues(t, roster, 2018));
const totals2017 = aggregateTree(tree, loadLeafValues(t, roster, 2017));
const figures = evaluateFigures({
  template: t,
  current: totals2018.get(region)!,
  previous: totals2017.get(region)!,
  tree,
  totals: totals2018,
  orgId: region,
  words: { ownLabel: "自治区本级", childrenLabel: "盟市" },
});

function fig<K extends FigureResult["kind"]>(id: string, kind: K): Extract<FigureResult, { kind: K }> {
  const f = figures.get(id);
  if (!f || f.kind !== kind) throw new Error(`figure ${id} is not a ${kind}`);
  return f as Extract<FigureResult, { kind: K }>;
}

describe("the demo data", () => {
  test("has 58 units (region, 36 departments, 12 cities, 9 counties), 56 of them leaves with a 2018 and a 2017 submission", () => {
    expect(roster.length).toEqual(58);
    expect(roster.filter((n) => !tree.children.get(n.orgId)).length).toEqual(56);
    expect(loadLeafValues(t, roster, 2018).size).toEqual(56);
    expect(loadLeafValues(t, roster, 2017).size).toEqual(56);
  });

  test.each([
    { label: "2018", year: 2018 as const, totals: totals2018 },
    { label: "2017", year: 2017 as const, totals: totals2017 },
  ])("$label region totals equal totals-$year.json for all 58 cells", ({ year, totals }) => {
    const json = loadTotals(t, year);
    expect(Object.keys(json).length).toEqual(58);
    expect(totals.get(region)).toEqual(json);
  });

  test.each([
    { label: "G prints as 0.00", code: "G", text: "0.00" },
    { label: "H4 prints as 745.45", code: "H4", text: "745.45" },
    { label: "A1 prints in full", code: "A1", text: "4223174" },
    { label: "C3 (blank in the seed) is derived: 1485", code: "C3", text: "1485" },
  ])("$label", ({ code, text }) => {
    const cell = t.cell(code)!;
    expect(formatScaled(totals2018.get(region)![code]!, cell.scale)).toEqual(text);
    expect(String(readJson("totals-2018.json")[code])).toEqual(text);
  });

  test("包头市 compiles its 9 counties", () => {
    const baotou = tree.byCode.get("150200")!.orgId;
    const counties = tree.children.get(baotou)!;
    expect(counties.length).toEqual(9);
    for (const code of t.cells.map((c) => c.code)) {
      expect(totals2018.get(baotou)![code]).toEqual(counties.reduce((s, c) => s + totals2018.get(c.orgId)![code]!, 0n));
    }
  });
});

describe("every derived figure of the seed", () => {
  test.each([
    { label: "已主动公开", id: "answer_already_public", percent: "12.12", num: 180n },
    { label: "同意公开", id: "answer_agreed", percent: "37.24", num: 553n },
    { label: "部分公开", id: "answer_partly", percent: "4.51", num: 67n },
    { label: "不同意", id: "answer_refused", percent: "8.69", num: 129n },
    { label: "不存在", id: "answer_nonexistent", percent: "5.93", num: 88n },
    { label: "不属于本机关", id: "answer_not_ours", percent: "22.49", num: 334n },
    { label: "更改补充", id: "answer_amend", percent: "3.03", num: 45n },
    { label: "其他途径", id: "answer_redirect", percent: "5.99", num: 89n },
  ])("share of 申请答复数: $label $percent%", ({ id, percent, num }) => {
    const f = fig(id, "share");
    expect([f.percent, f.numerator.value, f.denominator.value, f.denominator.cells]).toEqual([percent, num, 1485n, ["C3"]]);
  });

  test.each([
    { label: "信函", id: "channel_letter", percent: "42.76" },
    { label: "网络", id: "channel_online", percent: "38.92" },
    { label: "当面", id: "channel_in_person", percent: "16.84" },
    { label: "传真", id: "channel_fax", percent: "1.48" },
  ])("channel share: $label $percent%", ({ id, percent }) => {
    const f = fig(id, "share");
    expect([f.percent, f.denominator.value]).toEqual([percent, 1485n]);
  });

  test.each([
    { label: "disclosed_of_answers 800/1485", id: "disclosed_of_answers", percent: "53.87", num: 800n, den: 1485n },
    { label: "disclosed_of_decidable 800/929", id: "disclosed_of_decidable", percent: "86.11", num: 800n, den: 929n },
  ])("实际公开比例: $label", ({ id, percent, num, den }) => {
    const f = fig(id, "share");
    expect([f.percent, f.numerator.value, f.denominator.value, f.numerator.cells]).toEqual([percent, num, den, ["C3.1", "C3.2", "C3.3"]]);
  });

  test.each([
    { label: "主动公开 +32.76% from 3181059", id: "published_growth", percent: "32.76", previous: 3181059n, change: 1042115n },
    { label: "申请 +24.79% from 1190", id: "requests_growth", percent: "24.79", previous: 1190n, change: 295n },
  ])("growth: $label", ({ id, percent, previous, change }) => {
    const f = fig(id, "growth");
    expect([f.percent, f.previous?.value, f.change]).toEqual([percent, previous, change]);
  });

  test("growth without a previous year is not stated", () => {
    const def = t.figures.find((x) => x.id === "published_growth")!;
    const f = evaluateFigure(def, { template: t, current: totals2018.get(region)!, previous: null });
    expect(f).toMatchObject({ kind: "growth", previous: null, change: null, percent: null });
  });

  test("large counts as 万: 422.32万", () => {
    expect(fig("published", "value").value.wan).toEqual("422.32万");
    expect(fig("published_growth", "growth").previous!.wan).toEqual("318.11万");
    expect(fig("requests", "value").value.wan).toEqual("1485");
  });

  test.each([
    { label: "主动公开 213.37万 / 208.95万, chart 51% / 49%", id: "published_split", values: [2133712n, 2089462n], wan: ["213.37万", "208.95万"], chart: [51, 49] },
    { label: "申请 629 / 856", id: "requests_split", values: [629n, 856n], wan: ["629", "856"], chart: [42, 58] },
  ])("split 自治区本级 vs 盟市: $label", ({ id, values, wan, chart }) => {
    const f = fig(id, "split");
    expect(f.parts.map((p) => [p.label, p.value.value, p.value.wan, p.chartPercent])).toEqual([
      ["自治区本级", values[0], wan[0], chart[0]],
      ["盟市", values[1], wan[1], chart[1]],
    ]);
    expect(f.total.value).toEqual(values[0]! + values[1]!);
  });

  test.each([
    { label: "区直部门", id: "requests_top_departments", names: ["自治区人民政府办公厅", "自治区自然资源厅", "自治区发展和改革委员会"] },
    { label: "盟市", id: "requests_top_cities", names: ["呼和浩特市", "鄂尔多斯市", "包头市"] },
  ])("top 3 by 收到申请数 among $label", ({ id, names }) => {
    const f = fig(id, "top");
    expect(f.items.map((i) => i.name)).toEqual(names);
    const v = f.items.map((i) => i.value.value);
    expect(v[0]! >= v[1]! && v[1]! >= v[2]!).toBe(true);
  });

  test.each([
    { label: "复议维持", id: "review_upheld", percent: "29.23" },
    { label: "复议纠错", id: "review_corrected", percent: "43.08" },
    { label: "复议其他", id: "review_other", percent: "27.69" },
    { label: "诉讼维持 (trailing zero kept)", id: "litigation_upheld", percent: "54.90" },
    { label: "诉讼纠错", id: "litigation_corrected", percent: "23.53" },
    { label: "诉讼其他", id: "litigation_other", percent: "21.57" },
  ])("review / litigation: $label $percent%", ({ id, percent }) => {
    expect(fig(id, "share").percent).toEqual(percent);
  });

  test("a share whose base is 0 is not stated", () => {
    const def = t.figures.find((x) => x.id === "review_upheld")!;
    const f = evaluateFigure(def, { template: t, current: { D: 0n, D1: 0n } });
    expect(f).toMatchObject({ kind: "share", percent: null });
  });

  test("splits and top-N need the tree", () => {
    expect(() => evaluateFigures({ template: t, current: {} })).toThrow("指标 published_split 需要单位树");
  });
});

describe("percentText", () => {
  test.each([
    { label: "base 0", n: 5n, d: 0n, text: null },
    { label: "0 of something", n: 0n, d: 7n, text: "0.00" },
    { label: "half up: 0.125% → 0.13", n: 1n, d: 800n, text: "0.13" },
    { label: "just below half: 0.12499…% → 0.12", n: 9999n, d: 8000000n, text: "0.12" },
    { label: "trailing zero kept", n: 28n, d: 51n, text: "54.90" },
    { label: "whole", n: 1n, d: 1n, text: "100.00" },
    { label: "above 100", n: 3n, d: 2n, text: "150.00" },
    { label: "negative growth, half away from zero", n: -1n, d: 800n, text: "-0.13" },
  ])("$label", ({ n, d, text }) => {
    expect(percentText(n, d)).toEqual(text);
  });

  test("other decimals", () => {
    expect(percentText(1n, 3n, 0)).toEqual("33");
    expect(percentText(2n, 3n, 4)).toEqual("66.6667");
  });

  test("roundDiv refuses a zero divisor", () => {
    expect(() => roundDiv(1n, 0n, 2)).toThrow(RangeError);
  });
});

describe("wholePercents", () => {
  test.each([
    { label: "the seed's pie", parts: [2133712n, 2089462n], whole: [51, 49] },
    { label: "thirds: the remainder goes to the earlier part", parts: [1n, 1n, 1n], whole: [34, 33, 33] },
    { label: "a zero part", parts: [0n, 5n], whole: [0, 100] },
    { label: "all zero", parts: [0n, 0n], whole: [0, 0] },
    { label: "largest remainder wins", parts: [1n, 2n, 3n, 994n], whole: [0, 0, 0, 100] },
  ])("$label", ({ parts, whole }) => {
    expect(wholePercents(parts)).toEqual(whole);
  });

  test("property: always sums to 100, each within 1 of its exact share", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n }), { minLength: 1, maxLength: 12 }).filter((a) => a.some((x) => x > 0n)), (parts) => {
        const whole = wholePercents(parts);
        const total = parts.reduce((s, p) => s + p, 0n);
        expect(whole.length).toEqual(parts.length);
        expect(whole.reduce((s, w) => s + w, 0)).toEqual(100);
        parts.forEach((p, i) => {
          const floor = (p * 100n) / total;
          expect(BigInt(whole[i]!) === floor || BigInt(whole[i]!) === floor + 1n).toBe(true);
        });
      }),
    );
  });
});

describe("wanText", () => {
  test.each([
    { label: "below 10,000 in full", value: 9999n, scale: 0, text: "9999" },
    { label: "10,000", value: 10000n, scale: 0, text: "1.00万" },
    { label: "18613", value: 18613n, scale: 0, text: "1.86万" },
    { label: "151223", value: 151223n, scale: 0, text: "15.12万" },
    { label: "4223174", value: 4223174n, scale: 0, text: "422.32万" },
    { label: "half up: 12345", value: 12345n, scale: 0, text: "1.23万" },
    { label: "half up: 12350", value: 12350n, scale: 0, text: "1.24万" },
    { label: "an amount below 10,000 keeps its decimals", value: 74545n, scale: 2, text: "745.45" },
    { label: "zero", value: 0n, scale: 0, text: "0" },
  ])("$label", ({ value, scale, text }) => {
    expect(wanText(value, scale)).toEqual(text);
  });
});
