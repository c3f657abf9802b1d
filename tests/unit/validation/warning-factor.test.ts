import { describe, expect, test } from "vitest";
import { formatWarningFactor, parseWarningFactor } from "@/lib/validation/warning-factor";

describe("parseWarningFactor", () => {
  test.each([
    { text: "3", expected: { num: 3, den: 1 } },
    { text: "2.5", expected: { num: 5, den: 2 } },
    { text: "1.25", expected: { num: 5, den: 4 } },
    { text: "2.50", expected: { num: 5, den: 2 } },
    { text: " 4 ", expected: { num: 4, den: 1 } },
    { text: "1.333", expected: null },
    { text: "-2", expected: null },
    { text: "1e2", expected: null },
    { text: "", expected: null },
    { text: "三", expected: null },
  ])("$text → $expected", ({ text, expected }) => {
    expect(parseWarningFactor(text)).toEqual(expected);
  });
});

describe("formatWarningFactor", () => {
  test.each([
    { num: 3, den: 1, expected: "3" },
    { num: 5, den: 2, expected: "2.5" },
    { num: 5, den: 4, expected: "1.25" },
    { num: 10, den: 3, expected: "10/3" },
  ])("$num/$den → $expected", ({ num, den, expected }) => {
    expect(formatWarningFactor(num, den)).toBe(expected);
  });

  test("formatting then parsing gives the same fraction", () => {
    for (const text of ["1.01", "2.5", "3", "99.99", "100"]) {
      const f = parseWarningFactor(text)!;
      expect(parseWarningFactor(formatWarningFactor(f.num, f.den))).toEqual(f);
    }
  });
});
