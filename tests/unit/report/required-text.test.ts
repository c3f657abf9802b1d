import { describe, expect, test } from "vitest";
import { getOutline, missingRequiredText, withoutEmptyHeadings, type Block, type NarrativeDoc } from "@/lib/report";

const para = (text: string) => [[{ text }]];
const doc = (prose: Record<string, string>): NarrativeDoc => ({ prose: Object.fromEntries(Object.entries(prose).map(([k, v]) => [k, para(v)])), headings: {} });

describe("the prose the format requires", () => {
  const ALL_2021 = { general_proactive: "a", general_requests: "b", general_management: "c", general_platforms: "d", general_oversight: "e", problems: "f", improvements: "g" };

  test.each<{ label: string; outline: string; written: Record<string, string>; missing: number; first: string | undefined }>([
    { label: "2021, nothing written: 一's five items and 五's two", outline: "gov-disclosure-2021", written: {}, missing: 7, first: "一、总体情况（一）主动公开：主动公开工作的主要做法和成效" },
    { label: "2021, all written", outline: "gov-disclosure-2021", written: ALL_2021, missing: 0, first: undefined },
    { label: "2021, 五's measures left", outline: "gov-disclosure-2021", written: { ...ALL_2021, improvements: "  " }, missing: 1, first: "五、存在的主要问题及改进情况：上一年度报告所列改进措施的落实情况和下一步改进措施" },
    { label: "2021, 一's intro and 六 are not required", outline: "gov-disclosure-2021", written: ALL_2021, missing: 0, first: undefined },
    { label: "2018, nothing written: 概述 and 五's two", outline: "gov-disclosure-2018", written: {}, missing: 3, first: "一、概述：概述本年度政府信息公开工作的总体情况和主要做法" },
    { label: "2018, 概述 and 五 written (the sub-items of 概述 are not required)", outline: "gov-disclosure-2018", written: { overview: "x", outlook_problems: "y", outlook_plans: "z" }, missing: 0, first: undefined },
  ])("$label", ({ outline, written, missing, first }) => {
    const m = missingRequiredText(getOutline(outline), doc(written));
    expect(m).toHaveLength(missing);
    expect(m[0]).toBe(first);
  });

  test("no narrative at all is everything missing", () => {
    expect(missingRequiredText(getOutline("gov-disclosure-2021"), null)).toHaveLength(7);
  });
});

describe("a published report has no empty headings", () => {
  const h = (level: 1 | 2 | 3 | 4, text: string): Block => ({ kind: "heading", level, text });
  const p = (text: string): Block => ({ kind: "paragraph", role: "body", runs: [{ text }] });
  const texts = (bs: Block[]) => bs.map((b) => (b.kind === "heading" ? `H${b.level}:${b.text}` : b.kind === "paragraph" ? b.runs[0]!.text : b.kind));

  test.each<{ label: string; blocks: Block[]; kept: string[] }>([
    { label: "a heading with text stays", blocks: [h(1, "一"), p("x")], kept: ["H1:一", "x"] },
    { label: "a heading followed by a heading of its level goes", blocks: [h(1, "一"), h(1, "二"), p("y")], kept: ["H1:二", "y"] },
    { label: "a heading at the end goes", blocks: [h(1, "一"), p("x"), h(1, "六")], kept: ["H1:一", "x"] },
    { label: "a parent whose sub-headings are all empty goes with them", blocks: [h(1, "一"), h(2, "（一）"), h(2, "（二）"), h(1, "二"), p("y")], kept: ["H1:二", "y"] },
    { label: "a parent keeps a sub-heading with text; the empty one goes", blocks: [h(1, "一"), h(2, "（一）"), h(2, "（二）"), p("z")], kept: ["H1:一", "H2:（二）", "z"] },
    { label: "a heading just before the appendix goes", blocks: [h(1, "六"), { kind: "appendix", label: "附表" }], kept: ["appendix"] },
  ])("$label", ({ blocks, kept }) => {
    expect(texts(withoutEmptyHeadings(blocks))).toEqual(kept);
  });
});
