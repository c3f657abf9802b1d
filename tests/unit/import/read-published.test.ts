import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { getTemplate, templateIds } from "@/lib/templates";
import { parseCsvBytes } from "@/lib/import";
import { htmlGrids } from "@/lib/import/published/html-grid";
import { pastedGrid } from "@/lib/import/published/grid";
import { readPublishedTables } from "@/lib/import/published/read-published";
import { publishedPage } from "./published-page";

/*
 * Issue 15 item 4: a unit's table read back from its published report's page (made here from each
 * template's layout: merged headers, spanning row labels, a list's unit column), or from the
 * table pasted out of it. The template is recognised from the labels, never the year; "/", "—"
 * and blank read as 0 only where the row's total is 0.
 */
const ROOT = path.resolve(__dirname, "../../..");
const templates = templateIds.map(getTemplate);

function fixtureRow(file: string, code: string): Record<string, string> {
  const [header, ...rows] = parseCsvBytes(fs.readFileSync(path.join(ROOT, file)));
  const row = rows.find((r) => r[0] === code)!;
  return Object.fromEntries(header!.slice(1).map((h, i) => [h, row[i + 1]!]).filter(([, v]) => v !== ""));
}

const CASES = [
  { id: "gov-disclosure-2018", file: "tests/fixtures/imar-2018/submissions-2018.csv", unit: "150000-01" },
  { id: "gov-disclosure-2021", file: "tests/fixtures/demo-2021/submissions-2025.csv", unit: "" },
];

describe.each(CASES)("a published page of $id", ({ id, file, unit }) => {
  const template = getTemplate(id);
  const [, first] = parseCsvBytes(fs.readFileSync(path.join(ROOT, file)));
  const values = fixtureRow(file, unit || first![0]!);
  const official = Object.fromEntries(Object.entries(values).filter(([c]) => template.cell(c)!.official));

  test("reads every official cell by its labels, recognising the template", () => {
    const read = readPublishedTables(htmlGrids(publishedPage(template, official)), templates, { source: "page.html" });
    expect(read.templateId).toBe(id);
    expect(read.year).toBeNull();
    expect(read.orgCode).toBeNull();
    expect(read.problems).toEqual([]);
    expect(read.values).toEqual(official);
    for (const code of Object.keys(official)) expect(read.addresses[code]).toMatch(/^表格\d+ 第\d+行第\d+列$/);
  });

  test("a table pasted out of the page (tab-separated, merged cells once) reads the same", () => {
    // What a browser copies: each cell's text once, tab-separated, merged cells not repeated.
    const html = publishedPage(template, official);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/&lt;/g, "<").replace(/&amp;/g, "&")).join("\t"));
    const read = readPublishedTables([pastedGrid(rows.join("\r\n"))], templates, { source: "粘贴的表格", orgCode: "X1", year: 2025 });
    expect(read.templateId).toBe(id);
    expect(read.problems).toEqual([]);
    expect(read.values).toEqual(official);
    expect(read.orgCode).toBe("X1");
    expect(read.year).toBe(2025);
  });

  test('"/", "—" and blank read as 0 only where the row\'s total is 0, otherwise a problem at the place', () => {
    // A sum made 0 (its parts shown as "/", "—" and blank), and a part of a sum that is not 0 shown blank.
    const linear = template.sums.flatMap((r) => (r.kind === "linear" && r.rhs.length > 2 && r.rhs.every((x) => !template.cell(x.cell)!.computed) ? [r] : []));
    const row = (c: string) => template.cell(c)!.rowCode;
    // A row's total where the template has one (2021's 总计 column), else a sum of rows (2018).
    const zeroSum = linear.find((r) => r.rhs.every((x) => row(x.cell) === row(r.lhs[0]!.cell))) ?? linear[0]!;
    const partsZero = zeroSum.rhs.map((x) => x.cell);
    const nonZeroSum = linear.find((r) => r !== zeroSum && !["0", undefined].includes(official[r.lhs[0]!.cell]) && r.rhs.every((x) => !partsZero.includes(x.cell)))!;
    const part = nonZeroSum.rhs[0]!.cell;
    const texts: Record<string, string> = { ...official, [zeroSum.lhs[0]!.cell]: "0", [partsZero[0]!]: "/", [partsZero[1]!]: "—", [part]: "" };
    delete texts[partsZero[2]!];
    const read = readPublishedTables(htmlGrids(publishedPage(template, texts)), templates, { source: "page.html" });
    expect(read.values[partsZero[0]!]).toBe("0");
    expect(read.values[partsZero[1]!]).toBe("0");
    expect(read.values[partsZero[2]!]).toBe("0");
    expect(read.values[part]).toBeUndefined();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ cell: part, address: read.addresses[part] });
    expect(read.problems[0]!.message).toContain("无法确定其数值");
  });
});

describe("pages that are not a statistics table", () => {
  test("a page without the table is refused with its own message", () => {
    expect(() => readPublishedTables(htmlGrids("<p>没有表格</p><table><tr><td>甲</td><td>1</td></tr></table>"), templates, { source: "x.html" })).toThrow(/未能在「x.html」中识别出统计表/);
  });

  test("saved pages with unclosed cells and implied tbody read as a browser shows them", () => {
    const t = getTemplate("gov-disclosure-2018");
    const html = publishedPage(t, { A1: "5" }).replace(/<\/td>/g, "").replace(/<\/?tbody>/g, "");
    const read = readPublishedTables(htmlGrids(html), templates, { source: "p.html" });
    expect(read.values.A1).toBe("5");
  });
});

describe("a page saved by a Chinese site in GB2312/GBK", () => {
  test("is decoded before it is parsed", async () => {
    const iconv = (await import("iconv-lite")).default;
    const { readPublishedFile } = await import("@/server/stats/import-files/read-files");
    const t = getTemplate("gov-disclosure-2018");
    const html = publishedPage(t, { A1: "123", C1: "0" }).replace('charset="utf-8"', 'charset="gb2312"');
    const read = readPublishedFile({ name: "报告.htm", bytes: new Uint8Array(iconv.encode(html, "gb18030")) }, { orgCode: "X" });
    expect(read).toMatchObject({ templateId: t.id, orgCode: "X", source: "报告.htm" });
    expect(read.values.A1).toBe("123");
  });
});
