import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import type { BarChart, PieChart, ReportDocument } from "@/lib/report";
import { chartImage } from "@/server/exports/chart-png";
import { fontFamilyName } from "@/server/exports/font-names";
import { reportDocx } from "@/server/exports/report-docx";
import { CHART_WIDTH, chartScene } from "@/server/pdf/report/chart-scene";
import { chartSvg } from "@/server/pdf/report/chart-svg";
import { resolveFontPlan } from "@/server/pdf/report/fonts";

/**
 * The 附图 drawn once (server/pdf/report/chart-scene.ts): the SVG every rendering uses, its PNG
 * rasterised by resvg with the report's fonts, and the Word file placing that PNG.
 */
const pie: PieChart = {
  kind: "pie",
  id: "applicants",
  title: "申请人情况",
  unit: "件",
  slices: [
    { label: "自然人", valueText: "1200", percent: 80, value: 1200 },
    { label: "法人或其他组织", valueText: "300", percent: 20, value: 300 },
  ],
};
const bars: BarChart = {
  kind: "bar",
  id: "results",
  title: "办理结果",
  unit: "件",
  bars: [
    { label: "予以公开", valueText: "250", value: 250 },
    { label: "部分公开（区分处理的）", valueText: "22", value: 22 },
    { label: "不予公开", valueText: "578", value: 578 },
  ],
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("chart SVG", () => {
  test("pie: whole-percent labels on the slices, a legend with the amounts and shares", () => {
    const svg = chartSvg(pie, CHART_WIDTH, "serif");
    expect(texts(svg)).toEqual(["80%", "20%", "自然人 1200件（80%）", "法人或其他组织 300件（20%）"]);
    expect(svg.match(/<path /g)).toHaveLength(2);
  });

  test("bars: the unit, the axis, each amount above its bar and its category under it (a long one on two lines)", () => {
    const scene = chartScene(bars, CHART_WIDTH);
    const labels = scene.labels.map((l) => l.text);
    expect(labels).toEqual(expect.arrayContaining(["（件）", "0", "600", "250", "22", "578", "予以公开", "不予公开"]));
    const under = scene.labels.filter((l) => l.top > 200);
    expect(under.map((l) => l.text).join("")).toBe("予以公开部分公开（区分处理的）不予公开");
    expect(under.length).toBe(4);
    for (const l of under) expect(l.text, "避头尾").not.toMatch(/^[）》，。]/);
    expect(scene.shapes.filter((s) => s.kind === "rect")).toHaveLength(3);
    // Every label inside the picture.
    for (const l of scene.labels) expect(l.top + l.size * 1.25, l.text).toBeLessThanOrEqual(scene.height);
  });

  test("deterministic: the same chart gives the same bytes", () => {
    expect(chartSvg(bars, CHART_WIDTH, "serif")).toBe(chartSvg(structuredClone(bars), CHART_WIDTH, "serif"));
  });
});

describe("chart PNG (resvg with the report's fonts)", () => {
  test("the PDF's body face named by its real family, then the fallback", async () => {
    const plan = resolveFontPlan();
    const family = fontFamilyName(plan.body.src, plan.body.postscriptName);
    expect(family).toBeTruthy();
    expect((await chartImage(pie, CHART_WIDTH)).svg).toContain(`font-family="&#39;${family}&#39;`.replace(/&#39;/g, "'"));
  });

  test.each([pie, bars])("$kind: a PNG at 3 pixels per point (× 4/3 from pt), the same bytes twice", async (chart) => {
    const a = await chartImage(chart, CHART_WIDTH);
    expect(a.png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const size = pngSize(a.png);
    expect(size.width).toBe(Math.ceil(a.width * (4 / 3) * 3));
    expect(Math.abs(size.height - a.height * 4)).toBeLessThanOrEqual(1);
    expect((await chartImage(chart, CHART_WIDTH)).png.equals(a.png)).toBe(true);
  }, 30_000);
});

describe("the Word file's 附图", () => {
  test("each chart a picture in word/media, referenced from document.xml, its title as text and its figures as alt text", async () => {
    const doc: ReportDocument = {
      title: "示例省2021年政府信息公开工作年度报告",
      titleLines: ["示例省2021年政府信息公开工作年度报告"],
      meta: { templateId: "gov-disclosure-2021", year: 2021, orgCode: "X", unitName: "示例省" },
      blocks: [
        { kind: "appendix", label: "附图" },
        { kind: "chart", chart: pie },
        { kind: "chart", chart: bars },
      ],
    };
    const files = unzipSync(new Uint8Array(await reportDocx(doc)));
    const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(2);
    for (const f of media) expect(strFromU8(files[f]!.subarray(1, 4))).toBe("PNG");
    const xml = strFromU8(files["word/document.xml"]!);
    const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
    const embeds = [...xml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(embeds).toHaveLength(2);
    for (const id of embeds) expect(rels).toMatch(new RegExp(`Id="${id}"[^>]*Target="media/[^"]+\\.png"`));
    // A picture in a paragraph of exact line pitch is cropped to one line: its paragraph is single-spaced.
    for (const p of xml.match(/<w:p[ >](?:(?!<\/w:p>)[\s\S])*<w:drawing>[\s\S]*?<\/w:p>/g) ?? []) expect(p).toMatch(/w:lineRule="auto"/);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(xml).toContain("申请人情况");
    expect(xml).toContain('descr="自然人1200件（80%）；法人或其他组织300件（20%）"');
  }, 30_000);
});
