import type { Chart } from "./document";
import { amountOf, type ReportFigure } from "./figures";
import type { ChartDef } from "./outline/schema";
import { printValue } from "./placeholders/fill";

/**
 * Chart data from figures: a pie of a split's parts (whole-percent labels that add up to 100),
 * bars of value or share figures. A chart with nothing to show (no parts, all zero) is null.
 */
export function buildChart(def: ChartDef, title: string, figures: Map<string, ReportFigure | null>, unitOf: (figureId: string) => string): Chart | null {
  if (def.kind === "pie") {
    const f = figures.get(def.figure);
    if (!f) return null;
    if (f.kind !== "split") throw new Error(`报告大纲错误：饼图 ${def.id} 的指标 ${def.figure} 不是构成指标`);
    if (f.total.value === 0n) return null;
    return {
      kind: "pie",
      id: def.id,
      title,
      unit: unitOf(def.figure),
      slices: f.parts
        .filter((p) => p.value.value > 0n)
        .map((p) => ({ label: p.label, valueText: printValue(p.value, def.figure)!, percent: p.chartPercent, value: Number(p.value.value) })),
    };
  }
  const bars = def.items.map((it) => {
    const a = amountOf(figures.get(it.figure));
    if (!a) throw new Error(`报告大纲错误：柱图 ${def.id} 的指标 ${it.figure} 不是数值或比例指标`);
    return { label: it.name, valueText: printValue(a.value, it.figure)!, value: Number(a.value.value) };
  });
  if (bars.every((b) => b.value === 0)) return null;
  return { kind: "bar", id: def.id, title, unit: def.unit, bars };
}
