import type { Chart } from "../../../lib/report/document";
import { BASELINE, chartScene, type ChartScene, type ChartShape } from "./chart-scene";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const num = (n: number) => String(Math.round(n * 100) / 100);

function shape(s: ChartShape): string {
  switch (s.kind) {
    case "rect":
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}" fill="${s.fill}"/>`;
    case "path":
      return `<path d="${s.d}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}"` : ""}/>`;
    case "circle":
      return `<circle cx="${num(s.cx)}" cy="${num(s.cy)}" r="${num(s.r)}" fill="${s.fill}"/>`;
    case "line":
      return `<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width}"/>`;
  }
}

/**
 * The scene as an SVG document in points (viewBox = the scene's box): the shapes, then each
 * label as <text> on its baseline in the given font families (a CSS list, e.g. the report's body
 * face and a fallback). Deterministic: the same chart always gives the same bytes.
 */
export function sceneSvg(scene: ChartScene, fontFamily: string, opts: { background?: string } = {}): string {
  const w = num(scene.width);
  const h = num(scene.height);
  const background = opts.background ? `<rect width="${w}" height="${h}" fill="${opts.background}"/>` : "";
  const labels = scene.labels.map(
    (l) => `<text x="${num(l.x)}" y="${num(l.top + l.size * BASELINE)}" font-size="${l.size}" text-anchor="${l.anchor}" fill="${l.color}">${esc(l.text)}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}" font-family="${esc(fontFamily)}">` +
    background +
    scene.shapes.map(shape).join("") +
    labels.join("") +
    `</svg>`
  );
}

/** A report chart as SVG, bars `width` points wide. */
export function chartSvg(chart: Chart, width: number, fontFamily: string, opts: { background?: string } = {}): string {
  return sceneSvg(chartScene(chart, width), fontFamily, opts);
}
