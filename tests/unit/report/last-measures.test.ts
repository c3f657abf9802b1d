import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { measureItems } from "@/lib/report/last-measures";

describe("measureItems: last year's measures as a checklist", () => {
  it.each([
    {
      label: "一是/二是 after a lead-in",
      paragraphs: ["下一步，我们将重点做好以下工作：一是加强政策解读，提高解读质量；二是规范依申请公开办理流程；三是加强业务培训。"],
      items: ["加强政策解读，提高解读质量", "规范依申请公开办理流程", "加强业务培训"],
    },
    {
      label: "（一）（二） headed items in one paragraph",
      paragraphs: ["（一）深化重点领域信息公开。围绕中心工作公开。（二）提升平台建设水平。"],
      items: ["深化重点领域信息公开", "围绕中心工作公开", "提升平台建设水平"],
    },
    {
      label: "numbered lines, a decimal kept whole",
      paragraphs: ["1. 将公开比例提高到 2.5 倍以上；", "2、完善考核制度。"],
      items: ["将公开比例提高到 2.5 倍以上", "完善考核制度"],
    },
    {
      label: "plain sentences, one per item; a short fragment dropped",
      paragraphs: ["继续扩大主动公开范围。做好。强化监督保障，落实责任追究。"],
      items: ["继续扩大主动公开范围", "强化监督保障，落实责任追究"],
    },
    { label: "a word containing 一是 in the middle is not cut", paragraphs: ["坚持统一是前提的原则推进公开。"], items: ["坚持统一是前提的原则推进公开"] },
    { label: "nothing written", paragraphs: [], items: [] },
    { label: "only a lead-in", paragraphs: ["下一步工作打算如下："], items: [] },
  ])("$label", ({ paragraphs, items }) => {
    expect(measureItems(paragraphs)).toEqual(items);
  });

  it("every item is a piece of the text as written, never a word that was not there", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(..."加强公开工作，一是二是（一）。；1.2：规范") }), { maxLength: 4 }), (paragraphs) => {
        const all = paragraphs.join("");
        for (const item of measureItems(paragraphs)) {
          expect(all.replace(/\s+/g, " ")).toContain(item);
          expect([...item].length).toBeGreaterThanOrEqual(4);
        }
      }),
    );
  });
});
