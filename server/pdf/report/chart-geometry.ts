/** Chart geometry shared by the PDF and the HTML renderings (pure arithmetic, SVG coordinates: y down). */

export const CHART_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export type PieSlice = { path: string; full: boolean; labelX: number; labelY: number };

const point = (cx: number, cy: number, r: number, angle: number) => [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as const;
const round = (n: number) => Math.round(n * 100) / 100;

/** Slices clockwise from 12 o'clock, each with an arc path and a label point inside it. */
export function pieSlices(values: number[], radius: number): PieSlice[] {
  const total = values.reduce((s, v) => s + v, 0);
  const c = radius;
  let angle = -Math.PI / 2;
  return values.map((v) => {
    const sweep = total > 0 ? (v / total) * 2 * Math.PI : 0;
    const [x0, y0] = point(c, c, radius, angle);
    const [x1, y1] = point(c, c, radius, angle + sweep);
    const [lx, ly] = sweep >= 2 * Math.PI - 1e-9 ? [c, c] : point(c, c, radius * 0.6, angle + sweep / 2);
    const large = sweep > Math.PI ? 1 : 0;
    const path = `M ${c} ${c} L ${round(x0)} ${round(y0)} A ${radius} ${radius} 0 ${large} 1 ${round(x1)} ${round(y1)} Z`;
    angle += sweep;
    return { path, full: sweep >= 2 * Math.PI - 1e-9, labelX: round(lx), labelY: round(ly) };
  });
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = [1, 2, 2.5, 5, 10].find((k) => k * p >= raw - 1e-9)!;
  return m * p;
}

export type BarGeometry = {
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { y: number; label: string }[];
  /** Each bar's slot (its share of the plot's width), for the category label under it. */
  bars: { x: number; y: number; width: number; height: number; slotX: number; slotWidth: number }[];
};

/** Bars over a value axis from 0 to a round maximum with about four grid lines. */
export function barGeometry(values: number[], width: number, height: number): BarGeometry {
  const plot = { left: 48, right: width - 8, top: 24, bottom: height - 1 };
  const max = Math.max(...values, 0);
  const step = niceStep(max / 4) || 1;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = (plot.bottom - plot.top) / top;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ y: round(plot.bottom - i * step * scale), label: String(round(i * step)) }));
  const slot = (plot.right - plot.left) / Math.max(values.length, 1);
  const bars = values.map((v, i) => {
    const h = v * scale;
    return { x: round(plot.left + slot * i + slot * 0.25), y: round(plot.bottom - h), width: round(slot * 0.5), height: round(h), slotX: round(plot.left + slot * i), slotWidth: round(slot) };
  });
  return { plot, ticks, bars };
}
