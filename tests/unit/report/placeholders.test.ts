import { describe, expect, test } from "vitest";
import { fillSentence, fillTemplate, parseTemplate, PlaceholderSyntaxError, UnknownPlaceholderError, type Scope } from "@/lib/report";
import type { Quantity } from "@/lib/figures";
import { wanText } from "@/lib/figures";
import { formatScaled } from "@/lib/values";

const q = (value: bigint, scale = 0): Quantity => ({ cells: ["X"], value, scale, text: formatScaled(value, scale), wan: wanText(value, scale) });

const scope: Scope = {
  year: 2018,
  scope: "全区",
  blank: null,
  published: { kind: "value", value: q(4223174n) },
  small: { kind: "value", value: q(1485n) },
  amount: { kind: "value", value: q(74545n, 2) },
  share: { kind: "share", numerator: q(180n), denominator: q(1485n), percent: "12.12" },
  empty: { kind: "share", numerator: q(0n), denominator: q(0n), percent: null },
  growth: { kind: "growth", change: -5n, percent: "-4.50" },
  split: { parts: [{ label: "自治区本级", value: q(2133712n) }, { label: "盟市", value: q(2089462n) }, { label: "县区", value: q(0n) }] },
  top: { items: [{ name: "甲" }, { name: "乙" }, { name: "丙" }] },
  none: { items: [] },
  list: [1, 2],
};

const fill = (text: string) => {
  const runs = fillTemplate(parseTemplate(text), scope);
  return runs === null ? null : runs.map((r) => r.text).join("");
};

describe("filling placeholders", () => {
  test.each([
    { label: "plain text", text: "未收取任何费用。", out: "未收取任何费用。" },
    { label: "a field", text: "{year}年，{scope}", out: "2018年，全区" },
    { label: "a count of 10,000 or more prints as 万", text: "{published.value}条", out: "422.32万条" },
    { label: "a smaller count in full", text: "{small.value}件", out: "1485件" },
    { label: "an amount at its scale, never 万", text: "{amount.value}万元", out: "745.45万元" },
    { label: "the full text of a count", text: "{published.value.text}", out: "4223174" },
    { label: "a percentage", text: "占{share.percent}%", out: "占12.12%" },
    { label: "abs for a fall", text: "下降{growth.percent|abs}%", out: "下降4.50%" },
    { label: "an index", text: "{split.parts[1].label}", out: "盟市" },
    { label: "an index past the end is not stated", text: "{split.parts[5].label}", out: null },
    { label: "a null field is not stated", text: "从{blank}下载", out: null },
    { label: "a null percentage (base 0) is not stated", text: "占{empty.percent}%", out: null },
    { label: "a list with the default separator", text: "{#top.items}{name}{/}", out: "甲、乙、丙" },
    { label: "a list with sep and last", text: "{#top.items|sep:、|last:和}{name}{/}", out: "甲、乙和丙" },
    { label: "item fields and outer names in a list", text: "{#split.parts|nonzero|sep:，}{scope}{label}{value}条{/}", out: "全区自治区本级213.37万条，全区盟市208.95万条" },
    { label: "nonzero drops zero items", text: "{#split.parts|nonzero|sep:；}{label}{/}", out: "自治区本级；盟市" },
    { label: "without nonzero, zero items stay", text: "{#split.parts|sep:；}{label}{value}{/}", out: "自治区本级213.37万；盟市208.95万；县区0" },
    { label: "an empty list is not stated", text: "前{#none.items}{name}{/}后", out: null },
    { label: "a list's length", text: "居前{top.items.length}位", out: "居前3位" },
  ])("$label", ({ text, out }) => {
    expect(fill(text)).toBe(out);
  });

  test("runs name the placeholder each value came from", () => {
    expect(fillTemplate(parseTemplate("共{small.value}件，占{share.percent}%。"), scope)).toEqual([
      { text: "共" },
      { text: "1485", source: "small.value" },
      { text: "件，占" },
      { text: "12.12", source: "share.percent" },
      { text: "%。" },
    ]);
  });

  test.each([
    { label: "an unknown root", text: "{nope}" },
    { label: "an unknown property", text: "{share.percnt}" },
    { label: "__proto__", text: "{share.__proto__}" },
    { label: "constructor", text: "{share.constructor}" },
    { label: "an object printed as a value", text: "{share}" },
    { label: "a list printed as a value", text: "{list}" },
    { label: "a value used as a list", text: "{#year}{/}" },
    { label: "an index on a non-list", text: "{share[0]}" },
  ])("refuses $label", ({ text }) => {
    expect(() => fill(text)).toThrow(UnknownPlaceholderError);
  });

  test.each([
    { label: "an unclosed brace", text: "占{share.percent%" },
    { label: "a stray closing brace", text: "占}" },
    { label: "an unclosed list", text: "{#top.items}{name}" },
    { label: "a list end without start", text: "{name}{/}" },
    { label: "an empty placeholder", text: "{}" },
    { label: "a bad path", text: "{a..b}" },
    { label: "a bad index", text: "{a[x]}" },
    { label: "code-like text", text: "{process.exit(1)}" },
    { label: "an unknown pipe", text: "{year|upper}" },
    { label: "sep on a value", text: "{year|sep:、}" },
    { label: "sep without an argument", text: "{#top.items|sep}{/}" },
  ])("syntax error: $label", ({ text }) => {
    expect(() => parseTemplate(text)).toThrow(PlaceholderSyntaxError);
  });
});

describe("sentence variants", () => {
  const growth = (change: bigint | null, percent: string | null) => ({ ...scope, g: { kind: "growth", change, percent } });
  const def = {
    variants: [
      { when: { path: "g.change", is: "positive" as const }, text: "增长{g.percent}%" },
      { when: { path: "g.change", is: "negative" as const }, text: "下降{g.percent|abs}%" },
      { when: { path: "g.change", is: "zero" as const }, text: "持平" },
      { text: "无上年数据" },
    ],
  };
  test.each([
    { label: "a rise", s: growth(5n, "32.76"), out: "增长32.76%" },
    { label: "a fall", s: growth(-5n, "-4.50"), out: "下降4.50%" },
    { label: "level", s: growth(0n, "0.00"), out: "持平" },
    { label: "no previous year: the condition is on null, the last variant applies", s: growth(null, null), out: "无上年数据" },
    { label: "a rise from 0 (percent null): the next variant that can be stated", s: growth(5n, null), out: "无上年数据" },
  ])("$label", ({ s, out }) => {
    expect(fillSentence(def, s)?.map((r) => r.text).join("")).toBe(out);
  });

  test("no variant applies: the sentence is left out", () => {
    expect(fillSentence({ variants: [{ when: { path: "g.change", is: "zero" }, text: "持平" }] }, growth(3n, "1.00"))).toBeNull();
  });
});
