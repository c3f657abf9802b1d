import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { MIN_WRITTEN_CHARS, narrativeText, similarReports, SIMILARITY_THRESHOLD, textSimilarity } from "@/lib/report";

describe("text similarity (character-bigram Dice)", () => {
  test.each([
    { label: "the same text", a: "加强组织领导，推进公开制度化规范化", b: "加强组织领导，推进公开制度化规范化", ratio: 1 },
    { label: "whitespace does not count", a: "加强 组织\n领导", b: "加强组织领导", ratio: 1 },
    { label: "nothing shared", a: "甲乙丙丁", b: "戊己庚辛", ratio: 0 },
    { label: "an empty text", a: "", b: "加强组织领导", ratio: 0 },
    { label: "two empty texts", a: "", b: "", ratio: 0 },
    // 甲乙 乙丙 丙丁 vs 甲乙 乙丙 丙戊: 2 of 3 each → 2·2/6.
    { label: "one character changed at the end", a: "甲乙丙丁", b: "甲乙丙戊", ratio: 2 / 3 },
    { label: "single characters", a: "甲", b: "甲", ratio: 1 },
  ])("$label", ({ a, b, ratio }) => {
    expect(textSimilarity(a, b)).toBeCloseTo(ratio, 10);
  });

  test("properties: in [0, 1], symmetric, 1 for a text with itself", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const r = textSimilarity(a, b);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBe(r);
        if (a.replace(/\s+/gu, "") !== "") expect(textSimilarity(a, a)).toBe(1);
      }),
    );
  });

  test("property: texts over disjoint alphabets share nothing", () => {
    const chars = (from: string[]) => fc.array(fc.constantFrom(...from), { minLength: 2, maxLength: 40 }).map((cs) => cs.join(""));
    fc.assert(fc.property(chars(["甲", "乙", "丙"]), chars(["子", "丑", "寅"]), (a, b) => {
      expect(textSimilarity(a, b)).toBe(0);
    }));
  });
});

describe("which reports are flagged", () => {
  const base = "本机关高度重视政府信息公开工作，调整充实了政务公开领导小组，明确分管领导和工作人员，建立健全了主动公开、依申请公开、保密审查等工作制度，确保各项工作有序推进。";
  test("a near copy is flagged, a different text and a short one are not", () => {
    const copy = base.replace("本机关", "本局");
    const other = "全年围绕重点领域信息公开，及时发布财政预决算、重大建设项目、公共资源配置、社会公益事业建设等信息，并通过政务新媒体开展政策解读。";
    const flagged = similarReports(base, [
      { key: 1, label: "某局", text: copy },
      { key: 2, label: "某委", text: other },
      { key: 3, label: "某办", text: base.slice(0, MIN_WRITTEN_CHARS - 1) },
    ]);
    expect(flagged.map((f) => f.key)).toEqual([1]);
    expect(flagged[0]!.ratio).toBeGreaterThan(SIMILARITY_THRESHOLD);
  });

  test("a report with too little written text is not compared at all", () => {
    expect(similarReports("短", [{ key: 1, label: "x", text: "短" }])).toEqual([]);
  });

  test("the compared text is the written prose, a bound figure as one mark", () => {
    const text = narrativeText(
      { prose: { b: [[{ text: "第二部分" }]], a: [[{ text: "公开" }, { token: { kind: "cell", code: "A1" }, format: "wan" }, { text: "。" }], [{ text: "  " }]] }, headings: {} },
      ["a", "b"],
    );
    expect(text).toBe("公开〔数〕。\n第二部分");
  });
});
