import { describe, expect, it } from "vitest";
import { pageNumberFace } from "@/server/pdf/report/page-number";

const plan = { body: { src: "/fonts/body.otf", source: "office" as const }, serifFallback: { src: "/fonts/noto.ttc", postscriptName: "NotoSerifCJKsc-Regular", source: "noto-cjk" as const } };
const face = (missing: string) => ({ hasGlyphForCodePoint: (c: number) => !missing.includes(String.fromCodePoint(c)) });

describe("the page number's face: the body face when it has every character of “— N —”", () => {
  it.each([
    { name: "a face with dashes, space and digits", body: face(""), expected: plan.body },
    { name: "a face without the em dash", body: face("—"), expected: plan.serifFallback },
    { name: "a face without a digit", body: face("7"), expected: plan.serifFallback },
    { name: "a face without the space", body: face(" "), expected: plan.serifFallback },
    { name: "no face loaded (nothing to check against)", body: null, expected: plan.body },
  ])("$name", ({ body, expected }) => {
    expect(pageNumberFace(plan, body)).toBe(expected);
  });
});
