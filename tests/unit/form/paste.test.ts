import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { buildFormGrid, isBlock, mapPaste, parseClipboardBlock } from "@/lib/form";

const t2018 = getTemplate("gov-disclosure-2018");
const t2021 = getTemplate("gov-disclosure-2021");
const g2018 = buildFormGrid(t2018);
const g2021 = buildFormGrid(t2021);

describe("reading a block copied from Excel / WPS", () => {
  test.each([
    { label: "rows by \\n, cells by \\t", text: "1\t2\n3\t4", block: [["1", "2"], ["3", "4"]] },
    { label: "Windows line ends", text: "1\t2\r\n3\t4\r\n", block: [["1", "2"], ["3", "4"]] },
    { label: "the trailing line break is not a row", text: "5\n", block: [["5"]] },
    { label: "empty cells stay in place", text: "1\t\t3", block: [["1", "", "3"]] },
    { label: "quoted cells lose their quotes", text: '"1,234"\t5', block: [["1,234", "5"]] },
  ])("$label", ({ text, block }) => {
    expect(parseClipboardBlock(text)).toEqual(block);
  });

  test.each([
    { text: "42", block: false },
    { text: "42\n", block: false },
    { text: "1\t2", block: true },
    { text: "1\n2", block: true },
  ])("$text is a block: $block", ({ text, block }) => {
    expect(isBlock(text)).toBe(block);
  });
});

describe("laying a block onto the form", () => {
  test("from R1.np, a 2 x 3 block fills R1/R2 np..res; separators and full-width digits are normalised", () => {
    const block = parseClipboardBlock("1,234\t５\t0\r\n7\t8\t9\r\n");
    expect(mapPaste(t2021, g2021, "R1.np", block)).toEqual({
      "R1.np": "1,234",
      "R1.biz": "5",
      "R1.res": "0",
      "R2.np": "7",
      "R2.biz": "8",
      "R2.res": "9",
    });
  });

  test("a full row of the official table (with its 总计) leaves the computed 总计 out", () => {
    const block = parseClipboardBlock("1\t2\t3\t4\t5\t6\t21");
    expect(mapPaste(t2021, g2021, "R1.np", block)).toEqual({ "R1.np": "1", "R1.biz": "2", "R1.res": "3", "R1.ngo": "4", "R1.law": "5", "R1.oth": "6" });
  });

  test("cells past the table's right and bottom edges are clipped", () => {
    const block = parseClipboardBlock("1\t2\t3\n4\t5\t6");
    expect(mapPaste(t2021, g2021, "R4.law", block)).toEqual({ "R4.law": "1", "R4.oth": "2" });
  });

  test("a column pasted over 2018 C1..C1.4 skips the computed C1", () => {
    const block = parseClipboardBlock("1485\n250\n22\n578\n635\n");
    expect(mapPaste(t2018, g2018, "C1", block)).toEqual({ "C1.1": "250", "C1.2": "22", "C1.3": "578", "C1.4": "635" });
  });

  test("texts that do not parse are kept for the cell's error; amounts keep their decimals", () => {
    const block = parseClipboardBlock("abc\n745.4");
    expect(mapPaste(t2018, g2018, "H3.2", block)).toEqual({ "H3.2": "abc", H4: "745.40" });
  });

  test("from a cell not in the form nothing is pasted", () => {
    expect(mapPaste(t2021, g2021, "nope", [["1"]])).toEqual({});
  });
});
