import type { BarChart, Chart, PieChart } from "../../../lib/report/document";
import { breakUnits } from "../../../lib/report/line-break";
import { barGeometry, CHART_COLORS, pieSlices } from "./chart-geometry";
import { TEXT_WIDTH } from "./layout";

/**
 * A report chart laid out once, in points (y down): shapes and text labels at fixed places. Every
 * rendering draws this scene and nothing else: the SVG (Word's PNG, the printable HTML) and the
 * PDF (shapes as react-pdf Svg, labels as real text so the PDF stays searchable). The title is
 * not part of it: each document prints it as its own text above the picture.
 */
export type ChartShape =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | { kind: "path"; d: string; fill: string; stroke?: string }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number };

/** A one-line label; `top` is the top of its line box (size × LINE), `x` where `anchor` puts it. */
export type ChartLabel = { text: string; x: number; top: number; size: number; anchor: "start" | "middle" | "end"; color: string };

export type ChartScene = { width: number; height: number; shapes: ChartShape[]; labels: ChartLabel[] };

/** The width bars take in every rendering: the text block less a margin. */
export const CHART_WIDTH = TEXT_WIDTH - 40;

/** A label's line box, as a multiple of its size. */
export const LINE = 1.25;
/** Where the baseline sits in the line box (CJK faces: ascent ≈ 0.88 em, half-leading on top). */
export const BASELINE = 0.125 + 0.88;

const LABEL_SIZE = 10.5;
const TICK_SIZE = 9;
const PIE_SIZE = 180;
const LEGEND_GAP = 28;
const LEGEND_PITCH = 20;
const SWATCH = 12;

/** Width of text in points at a size: CJK and full-width forms one em, digits and Latin about half. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) > 0x2e7f ? 1 : /[A-Z%]/.test(ch) ? 0.7 : 0.55;
  return em * size;
}

/** Breaks a label into lines of at most `width` points between 避头尾 units (no line starts with "）"). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const unit of breakUnits(text)) {
    if (line && textWidth(line + unit, size) > width) {
      lines.push(line);
      line = "";
    }
    line += unit;
  }
  return line ? [...lines, line] : lines;
}

const color = (i: number) => CHART_COLORS[i % CHART_COLORS.length]!;

/** Pie of a split with whole-percent labels on the slices; a legend on the right with the amounts. */
function pieScene(chart: PieChart): ChartScene {
  const slices = pieSlices(chart.slices.map((s) => s.value), PIE_SIZE / 2);
  const shapes: ChartShape[] = slices.map((s, i) =>
    s.full ? { kind: "circle", cx: PIE_SIZE / 2, cy: PIE_SIZE / 2, r: PIE_SIZE / 2, fill: color(i) } : { kind: "path", d: s.path, fill: color(i), stroke: "#ffffff" },
  );
  const labels: ChartLabel[] = slices.map((s, i) => ({ text: `${chart.slices[i]!.percent}%`, x: s.labelX, top: s.labelY - (14 * LINE) / 2, size: 14, anchor: "middle", color: "#ffffff" }));
  const legendX = PIE_SIZE + LEGEND_GAP;
  const legendTop = Math.max(0, (PIE_SIZE - chart.slices.length * LEGEND_PITCH) / 2);
  let legendWidth = 0;
  chart.slices.forEach((s, i) => {
    const y = legendTop + i * LEGEND_PITCH;
    const text = `${s.label} ${s.valueText}${chart.unit}（${s.percent}%）`;
    shapes.push({ kind: "rect", x: legendX, y: y + 1, width: SWATCH, height: SWATCH, fill: color(i) });
    labels.push({ text, x: legendX + SWATCH + 6, top: y + (SWATCH + 2 - LABEL_SIZE * LINE) / 2, size: LABEL_SIZE, anchor: "start", color: "#000000" });
    legendWidth = Math.max(legendWidth, SWATCH + 6 + textWidth(text, LABEL_SIZE));
  });
  const height = Math.max(PIE_SIZE, legendTop + chart.slices.length * LEGEND_PITCH);
  return { width: Math.ceil(legendX + legendWidth + 4), height, shapes, labels };
}

/** Bars over a value axis with light grid lines, the amount above each bar and its category (wrapped) under it. */
function barScene(chart: BarChart, width: number): ChartScene {
  const plotHeight = 200;
  const g = barGeometry(chart.bars.map((b) => b.value), width, plotHeight);
  const shapes: ChartShape[] = [
    ...g.ticks.map((t, i): ChartShape => ({ kind: "line", x1: g.plot.left, x2: g.plot.right, y1: t.y, y2: t.y, stroke: i === 0 ? "#000000" : "#cccccc", width: i === 0 ? 0.75 : 0.5 })),
    ...g.bars.map((b): ChartShape => ({ kind: "rect", x: b.x, y: b.y, width: b.width, height: b.height, fill: color(0) })),
  ];
  const labels: ChartLabel[] = [
    { text: `（${chart.unit}）`, x: g.plot.left - 4, top: 0, size: TICK_SIZE, anchor: "end", color: "#000000" },
    ...g.ticks.map((t): ChartLabel => ({ text: t.label, x: g.plot.left - 4, top: t.y - (TICK_SIZE * LINE) / 2, size: TICK_SIZE, anchor: "end", color: "#000000" })),
    ...g.bars.map((b, i): ChartLabel => ({ text: chart.bars[i]!.valueText, x: b.x + b.width / 2, top: b.y - LABEL_SIZE * LINE - 2, size: LABEL_SIZE, anchor: "middle", color: "#000000" })),
  ];
  let lines = 1;
  g.bars.forEach((b, i) => {
    const wrapped = wrapText(chart.bars[i]!.label, LABEL_SIZE, b.slotWidth - 4);
    lines = Math.max(lines, wrapped.length);
    wrapped.forEach((text, k) => labels.push({ text, x: b.slotX + b.slotWidth / 2, top: plotHeight + 4 + k * LABEL_SIZE * LINE, size: LABEL_SIZE, anchor: "middle", color: "#000000" }));
  });
  return { width, height: Math.ceil(plotHeight + 12 + lines * LABEL_SIZE * LINE), shapes, labels };
}

/** The chart's scene; bars take `width` points (the text block less a margin), a pie its own width. */
export function chartScene(chart: Chart, width: number): ChartScene {
  return chart.kind === "pie" ? pieScene(chart) : barScene(chart, width);
}
