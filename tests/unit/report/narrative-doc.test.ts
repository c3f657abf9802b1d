import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { aggregateTree, buildTree, type RosterNode } from "@/lib/org-tree";
import type { CellValues } from "@/lib/values";
import {
  buildReportDocument,
  narrativeContext,
  narrativeDocSchema,
  narrativeProblems,
  resolveToken,
  runsText,
  tokenCatalog,
  typedFigures,
  type NarrativeDoc,
  type NarrativeInput,
  type TokenPiece,
  type TokenRef,
} from "@/lib/report";
import { loadLeafValues, loadRoster } from "../helpers/imar";
import { SEED_FIELDS } from "./seed-fields";
import { ORGS_2021, pct, sumOver, synthetic2021, TEMPLATE_2021 } from "./synthetic-2021";

const t2018 = getTemplate("gov-disclosure-2018");
const roster = loadRoster();
const tree = buildTree(roster);
const region = tree.byCode.get("150000")!.orgId;
const totals = aggregateTree(tree, loadLeafValues(t2018, roster, 2018));
const totals2017 = aggregateTree(tree, loadLeafValues(t2018, roster, 2017));

const input2018 = (over: Partial<NarrativeInput> = {}): NarrativeInput => ({
  template: t2018,
  year: 2018,
  orgCode: "150000",
  tree,
  totals,
  previous: totals2017.get(region)!,
  fields: SEED_FIELDS,
  ...over,
});
const ctx2018 = narrativeContext(input2018());
const fig = (figure: string, part: Extract<TokenRef, { kind: "figure" }>["part"], index?: number): TokenRef => ({ kind: "figure", figure, part, index });
const tok = (ref: TokenRef, format: "wan" | "plain" = "wan"): TokenPiece => ({ token: ref, format });

describe("tokens resolve from the figures the standard sentences use (2018, the demo region)", () => {
  test.each([
    { label: "a value in 万", token: tok(fig("published", "value")), text: "422.32万条" },
    { label: "the same value in full", token: tok(fig("published", "value"), "plain"), text: "4223174条" },
    { label: "a growth", token: tok(fig("published_growth", "percent")), text: "32.76%" },
    { label: "a split part's value", token: tok(fig("published_split", "value", 0)), text: "213.37万条" },
    { label: "a split part's share", token: tok(fig("requests_split", "percent", 0)), text: "42.36%" },
    { label: "a share", token: tok(fig("disclosed_of_answers", "percent")), text: "53.87%" },
    { label: "a share's base", token: tok(fig("disclosed_of_decidable", "denominator")), text: "929件" },
    { label: "a top-N list", token: tok(fig("requests_top_cities", "names")), text: "呼和浩特市、鄂尔多斯市、包头市" },
    { label: "an outline rank with percents", token: tok(fig("main_channels", "names_percents")), text: "信函（42.76%）、网络（38.92%）" },
    { label: "a cell by code", token: tok({ kind: "cell", code: "C1" }), text: "1485件" },
  ])("$label", ({ token, text }) => {
    const r = resolveToken(token, ctx2018.tokens);
    expect(r).toMatchObject({ status: "ok", text });
  });

  test("the token's text is exactly what the standard sentence prints", () => {
    const doc = buildReportDocument(input2018());
    const sentence = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : [])).find((s) => /主动公开政府信息\d/.test(s))!;
    const r = resolveToken(tok(fig("published", "value")), ctx2018.tokens);
    const g = resolveToken(tok(fig("published_growth", "percent")), ctx2018.tokens);
    expect(r.status === "ok" && g.status === "ok").toBe(true);
    if (r.status === "ok" && g.status === "ok") expect(sentence).toContain(`主动公开政府信息${r.text}，较上年增长${g.text}`);
  });
});

describe("tokens that no longer resolve are errors; values the data cannot state are reported", () => {
  test.each([
    { label: "an unknown cell", token: tok({ kind: "cell", code: "Z9" }), status: "broken", message: /单元格 Z9 不在本年度模板/ },
    { label: "a 2021 figure in a 2018 report", token: tok(fig("apply_total", "value")), status: "broken", message: /apply_total/ },
    { label: "a part the figure lacks", token: tok(fig("published", "percent")), status: "broken", message: /没有“比例”/ },
    { label: "a split part past the end", token: tok(fig("published_split", "value", 5)), status: "broken", message: /第 6 部分/ },
  ])("$label", ({ token, status, message }) => {
    const r = resolveToken(token, ctx2018.tokens);
    expect(r.status).toBe(status);
    expect(r.status !== "ok" && r.message).toMatch(message);
  });

  test("a share of a base of 0 is not stated", () => {
    const zeroReview = new Map([...totals, [region, { ...totals.get(region)!, D: 0n, D1: 0n, D2: 0n, D3: 0n }]]);
    const ctx = narrativeContext(input2018({ totals: zeroReview }));
    expect(resolveToken(tok(fig("review_upheld", "percent")), ctx.tokens)).toMatchObject({ status: "not-stated", message: /基数为 0/ });
  });

  test("a split of a unit without subordinate units is not stated", () => {
    const ctx = narrativeContext(input2018({ orgCode: "150000-01", previous: null }));
    expect(resolveToken(tok(fig("published_split", "value", 0)), ctx.tokens)).toMatchObject({ status: "not-stated", message: /没有下级单位/ });
  });

  test("problems name the block, paragraph and piece; the document prints a notice instead of a value", () => {
    const narrative: NarrativeDoc = {
      prose: { proactive: [[{ text: "全年公开" }, tok(fig("published", "value")), { text: "。" }], [{ text: "见" }, tok({ kind: "cell", code: "Z9" })]] },
      headings: {},
    };
    const problems = narrativeProblems(input2018({ narrative }));
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", kind: "broken-token", blockId: "proactive", paragraph: 1, piece: 1, heading: "二、主动公开政府信息情况" }),
    ]);
    const doc = buildReportDocument(input2018({ narrative }));
    const texts = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : []));
    expect(texts).toContain("全年公开422.32万条。");
    expect(texts).toContain("见【数据引用失效】");
    const run = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : [])).find((r) => r.text === "422.32万条");
    expect(run?.source).toBe("published.value|wan");
  });
});

describe("digits typed by hand that look like a figure", () => {
  test.each([
    { text: "全年公开政府信息422.32万条", found: ["422.32万"] },
    { text: "较上年增长32.76%", found: ["32.76%"] },
    { text: "受理申请1,485件", found: ["1,485"] },
    { text: "召开会议3次", found: [] },
    { text: "2018年12月31日前完成", found: [] },
    { text: "依据国办公开办函〔2021〕30号", found: [] },
    { text: "第12届培训班", found: [] },
    { text: "电话0471-4825916", found: [] },
    { text: "开展培训15场次", found: ["15"] },
  ])("$text", ({ text, found }) => {
    expect(typedFigures(text).map((f) => f.text)).toEqual(found);
  });

  test("a warning suggests the bound figure that has that value", () => {
    const narrative: NarrativeDoc = { prose: { proactive: [[{ text: "全年公开422.32万条，办理申请1485件，培训15场次。" }]] }, headings: {} };
    const problems = narrativeProblems(input2018({ narrative }));
    // The typed unit goes with the number it follows: replacing "1485件" by a figure that prints "1485件" never doubles it.
    expect(problems.map((p) => [p.severity, p.typed?.text, p.suggestion?.ref, p.suggestion?.text])).toEqual([
      ["warning", "422.32万条", fig("published", "value"), "422.32万条"],
      ["warning", "1485件", fig("requests", "value"), "1485件"],
      ["warning", "15", undefined, undefined],
    ]);
    expect(problems[0]!.message).toContain("主动公开政府信息数");
    expect(problems[2]!.message).toContain("与本报告的数据都不一致");
  });

  test("a typed number followed by another word is replaced by the number alone", () => {
    const narrative: NarrativeDoc = { prose: { proactive: [[{ text: "共有1485名申请人。" }]] }, headings: {} };
    const [p] = narrativeProblems(input2018({ narrative }));
    expect(p).toMatchObject({ typed: { text: "1485" }, suggestion: { ref: { kind: "figure", figure: "requests", part: "value" }, format: "wan-number", text: "1485" } });
  });

  test.each([
    { label: "a figure with its unit, then the unit typed again", pieces: [{ token: fig("requests", "value"), format: "wan" as const }, { text: "件。" }], doubled: true },
    { label: "a 万 figure with its unit, then the unit typed again", pieces: [{ token: fig("published", "value"), format: "wan" as const }, { text: "条" }], doubled: true },
    { label: "a number-only figure, then the unit typed", pieces: [{ token: fig("requests", "value"), format: "wan-number" as const }, { text: "件。" }], doubled: false },
    { label: "a figure with its unit, then other text", pieces: [{ token: fig("requests", "value"), format: "plain" as const }, { text: "，同比增长" }], doubled: false },
  ])("doubled unit: $label", ({ pieces, doubled }) => {
    const narrative: NarrativeDoc = { prose: { proactive: [pieces] }, headings: {} };
    const found = narrativeProblems(input2018({ narrative })).filter((p) => p.kind === "doubled-unit");
    expect(found.length).toBe(doubled ? 1 : 0);
    if (doubled) expect(found[0]!.message).toContain("单位重复");
  });
});

describe("the 2021 format (synthetic province)", () => {
  const data = synthetic2021();
  const ids = new Map(ORGS_2021.map((o, i) => [o.code, i + 1]));
  const roster21: RosterNode[] = ORGS_2021.map((o) => ({ orgId: ids.get(o.code)!, code: o.code, name: o.name, kind: o.kind, parentOrgId: o.parent ? ids.get(o.parent)! : null }));
  const tree21 = buildTree(roster21);
  const byId = (m: Map<string, CellValues>) => new Map([...m].map(([code, v]) => [ids.get(code)!, v]));
  const totals21 = aggregateTree(tree21, byId(data[2021]));
  const prev = aggregateTree(tree21, byId(data[2020])).get(ids.get("990000")!)!;
  const input: NarrativeInput = { template: TEMPLATE_2021, year: 2021, orgCode: "990000", tree: tree21, totals: totals21, previous: prev, fields: { unitName: "示例省", scope: "全省" } };
  const ctx = narrativeContext(input);
  const leaves = [...data[2021].values()];

  test("a value, a share and a 2018 figure that the 2021 template lacks", () => {
    const total = sumOver(leaves, ["R1.tot", "R2.tot"]);
    const np = sumOver(leaves, ["R1.np", "R2.np"]);
    expect(resolveToken(tok(fig("apply_total", "value"), "plain"), ctx.tokens)).toMatchObject({ status: "ok", text: `${total}件` });
    expect(resolveToken(tok(fig("natural_share", "percent")), ctx.tokens)).toMatchObject({ status: "ok", text: `${pct(np, total)}%` });
    expect(resolveToken(tok(fig("published", "value")), ctx.tokens).status).toBe("broken");
    expect(resolveToken(tok({ kind: "cell", code: "C1" }), ctx.tokens).status).toBe("broken");
  });

  test("the catalogue resolves every token it offers, and only figures of this template", () => {
    const catalog = tokenCatalog(ctx.tokens);
    expect(catalog.some((c) => c.key === "apply_total.value|wan")).toBe(true);
    expect(catalog.some((c) => c.key.startsWith("published."))).toBe(false);
    expect(catalog.every((c) => c.resolution.status !== "broken")).toBe(true);
  });
});

describe("the narrative schema", () => {
  test.each([
    { label: "a doc with text and a token", doc: { prose: { a: [[{ text: "x" }, { token: { kind: "cell", code: "A1" }, format: "wan" }]] }, headings: {} }, ok: true },
    { label: "an unknown format", doc: { prose: { a: [[{ token: { kind: "cell", code: "A1" }, format: "big" }]] }, headings: {} }, ok: false },
    { label: "an unknown part", doc: { prose: { a: [[{ token: { kind: "figure", figure: "x", part: "sum" }, format: "wan" }]] }, headings: {} }, ok: false },
    { label: "a bad block id", doc: { prose: { "a b": [] }, headings: {} }, ok: false },
    { label: "extra keys", doc: { prose: {}, headings: {}, script: "x" }, ok: false },
  ])("$label", ({ doc, ok }) => {
    expect(narrativeDocSchema.safeParse(doc).success).toBe(ok);
  });
});
