import { describe, expect, test } from "vitest";
import { breakUnits, CLOSING, hyphenationCallback, OPENING } from "@/lib/report";

describe("避头尾 line-break units", () => {
  test.each([
    { label: "one unit per hanzi", text: "政府信息", units: ["政", "府", "信", "息"] },
    { label: "，joins the unit before it", text: "公开，申请", units: ["公", "开，", "申", "请"] },
    { label: "several closing marks join together", text: "（一）。", units: ["（一）。"] },
    { label: "（ joins the unit after it", text: "申请（一）", units: ["申", "请", "（一）"] },
    { label: "《 and “ join the unit after them", text: "依据《条例》“公开”", units: ["依", "据", "《条", "例》", "“公", "开”"] },
    { label: "a number with separators stays whole", text: "共12,345.67万元", units: ["共", "12,345.67", "万", "元"] },
    { label: "a percentage stays whole and takes the closing mark", text: "占32.76%。", units: ["占", "32.76%。"] },
    { label: "full-width ％ joins the number", text: "占5％，", units: ["占", "5％，"] },
    { label: "a URL stays whole inside brackets", text: "网站（http://www.nmg.gov.cn）下载", units: ["网", "站", "（http://www.nmg.gov.cn）", "下", "载"] },
    { label: "an e-mail address stays whole", text: "邮箱：zwgk_nmg@nmg.gov.cn）。", units: ["邮", "箱：", "zwgk_nmg@nmg.gov.cn）。"] },
    { label: "a dash pair never splits", text: "公开——申请", units: ["公", "开——", "申", "请"] },
    { label: "a closing mark at the very start stays (nothing to join)", text: "，好", units: ["，", "好"] },
    { label: "an opening mark at the very end stays", text: "好（", units: ["好（"] },
    { label: "empty", text: "", units: [] },
  ])("$label", ({ text, units }) => {
    expect(breakUnits(text)).toEqual(units);
  });

  const sample =
    "2018年，全区主动公开政府信息422.32万条，较上年增长32.76%。其中，自治区本级213.37万条（占51%），盟市208.95万条；“信函”“网络”分别占42.76%、38.92%！《条例》【说明】〔2018〕：是否？是。";
  test("no unit after the first starts with closing punctuation", () => {
    const units = breakUnits(sample);
    expect(units.slice(1).filter((u) => CLOSING.has(u[0]!))).toEqual([]);
  });

  test("no unit ends with opening punctuation", () => {
    expect(breakUnits(sample).filter((u) => OPENING.has(u[u.length - 1]!))).toEqual([]);
  });

  test("units put back together are the text", () => {
    expect(breakUnits(sample).join("")).toBe(sample);
  });

  test("the react-pdf callback puts an empty break point (no hyphen) after each unit", () => {
    expect(hyphenationCallback("占12.12%，共")).toEqual(["占", "", "12.12%，", "", "共", ""]);
  });
});
