import type { FigureDef } from "../templates/schema";
import type { Template } from "../templates/types";
import type { CellValues } from "../values";
import { formatScaled } from "../values";
import { cellSum, splitByChildGroups, topChildrenOf, type OrgTree } from "../org-tree";
import { fillWords } from "./words";
import { percentText, wanText, wholePercents } from "./rational";

/** A sum of named cells with the cells it was made from, so a sentence can say what it counts. */
export type Quantity = { cells: string[]; value: bigint; scale: number; text: string; wan: string };

export type FigureResult =
  | { id: string; label: string; kind: "value"; value: Quantity }
  | { id: string; label: string; kind: "share"; numerator: Quantity; denominator: Quantity; percent: string | null }
  | { id: string; label: string; kind: "growth"; current: Quantity; previous: Quantity | null; change: bigint | null; percent: string | null }
  | {
      id: string;
      label: string;
      kind: "split";
      total: Quantity;
      /** Empty when the node's children fit no grouping (nothing to split). */
      parts: { label: string; value: Quantity; percent: string | null; chartPercent: number }[];
    }
  | { id: string; label: string; kind: "top"; items: { code: string; name: string; value: Quantity }[] };

export type FigureContext = {
  template: Template;
  /** The node's totals this year, and last year's where the same node had them. */
  current: CellValues;
  previous?: CellValues | null;
  /** For splits and top-N: the cycle's tree, every node's totals, and the node. */
  tree?: OrgTree;
  totals?: Map<number, CellValues>;
  orgId?: number;
  /** The unit's words that split labels name ("{ownLabel}" → "自治区本级"); see lib/report/wording. */
  words?: Readonly<Record<string, string>>;
};

function quantity(t: Template, cells: string[], value: bigint | null): Quantity {
  const scale = Math.max(...cells.map((c) => t.cell(c)?.scale ?? 0));
  const v = value ?? 0n;
  return { cells, value: v, scale, text: formatScaled(v, scale), wan: wanText(v, scale) };
}

/** A cell beyond the official table (2021 F1–F3) missing from the values was not reported. */
function notReported(t: Template, values: CellValues, cells: string[]): boolean {
  return cells.some((c) => t.cell(c)?.official === false && values[c] === undefined);
}

/** A sum of cells; null (not stated, never 0) when one of them is a cell the data do not report. */
function sumOf(t: Template, values: CellValues, cells: string[]): Quantity | null {
  return notReported(t, values, cells) ? null : quantity(t, cells, cellSum(values, cells));
}

/**
 * Computes one derived figure from the data: exact, rounded half up only when printed. null
 * (not stated) when it is built on a cell the data do not report (a history table without F1–F3).
 */
export function evaluateFigure(def: FigureDef, ctx: FigureContext): FigureResult | null {
  const t = ctx.template;
  const base = { id: def.id, label: def.label };
  switch (def.kind) {
    case "value": {
      const value = sumOf(t, ctx.current, def.cells);
      return value && { ...base, kind: "value", value };
    }
    case "share": {
      const numerator = sumOf(t, ctx.current, def.numerator);
      const denominator = sumOf(t, ctx.current, def.denominator);
      if (!numerator || !denominator) return null;
      return { ...base, kind: "share", numerator, denominator, percent: percentText(numerator.value, denominator.value) };
    }
    case "growth": {
      const current = sumOf(t, ctx.current, def.cells);
      if (!current) return null;
      const prevSum = ctx.previous && !notReported(t, ctx.previous, def.cells) ? cellSum(ctx.previous, def.cells) : null;
      const previous = prevSum === null ? null : quantity(t, def.cells, prevSum);
      const change = previous ? current.value - previous.value : null;
      const percent = previous && change !== null ? percentText(change, previous.value) : null;
      return { ...base, kind: "growth", current, previous, change, percent };
    }
    case "split": {
      if (!ctx.tree || !ctx.totals || ctx.orgId === undefined) throw new Error(`指标 ${def.id} 需要单位树`);
      const shares = splitByChildGroups(ctx.tree, ctx.totals, ctx.orgId, def.cells, def.groupings) ?? [];
      const total = quantity(t, def.cells, shares.reduce((s, p) => s + p.value, 0n));
      const whole = shares.length ? wholePercents(shares.map((s) => s.value)) : [];
      return {
        ...base,
        kind: "split",
        total,
        parts: shares.map((g, i) => ({
          label: fillWords(g.label, ctx.words),
          value: quantity(t, def.cells, g.value),
          percent: percentText(g.value, total.value),
          chartPercent: whole[i]!,
        })),
      };
    }
    case "top": {
      if (!ctx.tree || !ctx.totals || ctx.orgId === undefined) throw new Error(`指标 ${def.id} 需要单位树`);
      const items = topChildrenOf(ctx.tree, ctx.totals, ctx.orgId, def.childKinds, def.cells, def.n);
      return { ...base, kind: "top", items: items.map((r) => ({ code: r.code, name: r.name, value: quantity(t, def.cells, r.value) })) };
    }
  }
}

/** Every figure the template declares, by id (null: not stated). */
export function evaluateFigures(ctx: FigureContext): Map<string, FigureResult | null> {
  return new Map(ctx.template.figures.map((f) => [f.id, evaluateFigure(f, ctx)]));
}
