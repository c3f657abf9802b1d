import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { buildFormGrid, isBlock, parseClipboardBlock, planPaste } from "@/lib/form";

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
  const paste = (t: typeof t2018, g: typeof g2018, start: string, text: string) => planPaste(t, g, start, text);

  test("from R1.np, a 2 x 3 block fills R1/R2 np..res; separators and full-width digits are normalised", () => {
    expect(paste(t2021, g2021, "R1.np", "1,234\t５\t0\r\n7\t8\t9\r\n")).toEqual({
      ok: true,
      skippedLabels: 0,
      values: { "R1.np": "1,234", "R1.biz": "5", "R1.res": "0", "R2.np": "7", "R2.biz": "8", "R2.res": "9" },
    });
  });

  test("cells past the table's right and bottom edges are clipped", () => {
    expect(paste(t2021, g2021, "R4.law", "1\t2\n4\t5")).toEqual({ ok: true, skippedLabels: 0, values: { "R4.law": "1", "R4.oth": "2" } });
  });

  test("amounts keep their decimals; a blank clears its cell", () => {
    expect(paste(t2018, g2018, "H3.2", "\n745.4")).toEqual({ ok: true, skippedLabels: 0, values: { "H3.2": "", H4: "745.40" } });
  });

  test("from a cell not in the form nothing is pasted", () => {
    expect(paste(t2021, g2021, "nope", "1")).toEqual({ ok: true, skippedLabels: 0, values: {} });
  });
});

describe("labels copied with the numbers are skipped", () => {
  test("a 2018 label + 单位 + value block (as the official Excel has it) fills the values only", () => {
    const text = "1.当面申请数\t件\t250\r\n2.传真申请数\t件\t22\r\n3.网络申请数\t件\t578\r\n";
    expect(planPaste(t2018, g2018, "C1.1", text)).toEqual({ ok: true, skippedLabels: 6, values: { "C1.1": "250", "C1.2": "22", "C1.3": "578" } });
  });

  test("labels match without their numbering, spaces, full-width forms or the form's code suffix", () => {
    const text = "当面申请数（C1.1）\t250\n 传真申请数 \t22";
    expect(planPaste(t2018, g2018, "C1.1", text)).toMatchObject({ ok: true, values: { "C1.1": "250", "C1.2": "22" } });
  });

  test("a 2021 row with its two label columns and the header row above it lines up with R1.np", () => {
    const text = "\t\t自然人\t商业企业\r\n一、本年新收政府信息公开申请数量\t\t10\t2\r\n";
    expect(planPaste(t2021, g2021, "R1.np", text)).toEqual({ ok: true, skippedLabels: 3, values: { "R1.np": "10", "R1.biz": "2" } });
  });

  test("a label landing on a cell inside the block is skipped, the cell keeps its value", () => {
    expect(planPaste(t2018, g2018, "C1.1", "250\n传真申请数\n578")).toEqual({ ok: true, skippedLabels: 1, values: { "C1.1": "250", "C1.3": "578" } });
  });
});

describe("a paste that cannot be laid down is refused as a whole, naming the cell", () => {
  test("any other text: refused with the cell, the text and why", () => {
    const r = planPaste(t2018, g2018, "C1.1", "250\n合计\n578");
    expect(r).toEqual({ ok: false, cell: "C1.2", message: "粘贴的“合计”不能填入传真申请数（C1.2）：“合计”不是有效的数字。未粘贴任何数据。" });
  });

  test("several bad texts: the first is named, the rest counted", () => {
    const r = planPaste(t2018, g2018, "C1.1", "abc\nxyz\n5");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^粘贴的“abc”不能填入当面申请数（C1\.1）.*另有 1 处同样无法粘贴。未粘贴任何数据。$/);
  });

  test("a full row of the official table with its 总计: refused at the 总计 (not silently dropped)", () => {
    const r = planPaste(t2021, g2021, "R1.np", "1\t2\t3\t4\t5\t6\t21");
    expect(r).toEqual({ ok: false, cell: "R1.tot", message: "不能粘贴到合计单元格总计·本年新收（R1.tot）：合计由系统根据各项自动计算。请只复制需要填写的各项数字后再粘贴。未粘贴任何数据。" });
  });

  test("a column pasted over the 2018 sum C1: refused, naming C1", () => {
    const r = planPaste(t2018, g2018, "C1", "1485\n250\n22\n578\n635\n");
    expect(r).toMatchObject({ ok: false, cell: "C1" });
  });

  test("a blank where the sum is, is not a paste onto it", () => {
    expect(planPaste(t2021, g2021, "R1.np", "1\t2\t3\t4\t5\t6\t")).toMatchObject({ ok: true, values: { "R1.np": "1", "R1.oth": "6" } });
  });
});
