import { evaluateFigure, type FigureContext, type FigureResult, type Quantity } from "../figures";
import { isLeaf } from "../org-tree";
import type { FigureDef } from "../templates/schema";
import type { Template } from "../templates/types";
import type { OutlineFigureDef, ReportOutline } from "./outline/schema";

/** Named figures ordered by amount, for "信函、网络是主要申请形式". */
export type RankResult = {
  id: string;
  label: string;
  kind: "rank";
  items: { figure: string; name: string; value: Quantity; percent: string | null }[];
};

/** Named figures in a fixed order, for "结果维持2件，占40%；结果纠正3件，占60%" (zeros left out by the sentence). */
export type ListResult = {
  id: string;
  label: string;
  kind: "list";
  items: { figure: string; name: string; value: Quantity; percent: string | null }[];
};

export type ReportFigure = FigureResult | RankResult | ListResult;

type CellRef = string | { figure: string; part: "cells" | "numerator" | "denominator" };

function cellsOfPart(def: FigureDef, part: "cells" | "numerator" | "denominator"): string[] | null {
  if (def.kind === "share") return part === "numerator" ? def.numerator : part === "denominator" ? def.denominator : null;
  return part === "cells" ? def.cells : null;
}

/** Cell codes of an outline figure: codes as given, or the cells of another figure's part. */
export function resolveCells(refs: readonly CellRef[], known: Map<string, FigureDef>): string[] {
  return refs.flatMap((r) => {
    if (typeof r === "string") return [r];
    const def = known.get(r.figure);
    const cells = def ? cellsOfPart(def, r.part) : null;
    if (!cells) throw new Error(`报告大纲错误：指标 ${r.figure} 没有 ${r.part}`);
    return cells;
  });
}

/** An outline's value/share/growth figure as a template FigureDef (same evaluation, same rounding). */
export function toFigureDef(def: Exclude<OutlineFigureDef, { kind: "rank" | "list" }>, known: Map<string, FigureDef>): FigureDef {
  if (def.kind === "share") {
    return { id: def.id, kind: "share", label: def.label, numerator: resolveCells(def.numerator, known), denominator: resolveCells(def.denominator, known) };
  }
  return { id: def.id, kind: def.kind, label: def.label, cells: resolveCells(def.cells, known) };
}

/** The amount a figure stands for in a ranking or a bar: a value, or a share's numerator. */
export function amountOf(f: ReportFigure | null | undefined): { value: Quantity; percent: string | null } | null {
  if (!f) return null;
  if (f.kind === "value") return { value: f.value, percent: null };
  if (f.kind === "share") return { value: f.numerator, percent: f.percent };
  return null;
}

function rank(def: Extract<OutlineFigureDef, { kind: "rank" }>, figures: Map<string, ReportFigure | null>): RankResult | null {
  const items = def.items.map((it) => ({ it, amount: amountOf(figures.get(it.figure)) }));
  // A ranking of shares whose base is 0 says nothing: not stated.
  if (items.some((x) => !x.amount || (figures.get(x.it.figure)?.kind === "share" && x.amount.percent === null))) return null;
  const sorted = items
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => (a.amount!.value.value === b.amount!.value.value ? a.i - b.i : a.amount!.value.value > b.amount!.value.value ? -1 : 1));
  return {
    id: def.id,
    label: def.label,
    kind: "rank",
    items: sorted.slice(0, def.n).map((x) => ({ figure: x.it.figure, name: x.it.name, value: x.amount!.value, percent: x.amount!.percent })),
  };
}

function list(def: Extract<OutlineFigureDef, { kind: "list" }>, figures: Map<string, ReportFigure | null>): ListResult {
  return {
    id: def.id,
    label: def.label,
    kind: "list",
    items: def.items.map((it) => {
      const a = amountOf(figures.get(it.figure));
      if (!a) throw new Error(`报告大纲错误：列表 ${def.id} 的指标 ${it.figure} 不是数值或比例指标`);
      return { figure: it.figure, name: it.name, value: a.value, percent: a.percent };
    }),
  };
}

/**
 * Every figure a report can name: the template's and the outline's, by id. A split or top-N
 * of a node without children is null (not stated), and a top-N lists only units with a count.
 */
export function evaluateReportFigures(ctx: FigureContext & { template: Template }, outline: ReportOutline): Map<string, ReportFigure | null> {
  const known = new Map<string, FigureDef>(ctx.template.figures.map((f) => [f.id, f]));
  const leaf = ctx.tree !== undefined && ctx.orgId !== undefined && isLeaf(ctx.tree, ctx.orgId);
  const out = new Map<string, ReportFigure | null>();
  const evaluate = (def: FigureDef) => {
    if (leaf && (def.kind === "split" || def.kind === "top")) return null;
    const f = evaluateFigure(def, ctx);
    if (!f) return null; // built on a cell the data do not report (F1–F3 of a history table)
    // Children all of one kind: nothing to split.
    if (f.kind === "split" && f.parts.length < 2) return null;
    return f.kind === "top" ? { ...f, items: f.items.filter((i) => i.value.value > 0n) } : f;
  };
  for (const def of ctx.template.figures) out.set(def.id, evaluate(def));
  for (const def of outline.figures as readonly OutlineFigureDef[]) {
    if (out.has(def.id)) throw new Error(`报告大纲错误：指标 ${def.id} 与模板指标重名`);
    if (def.kind === "rank") {
      out.set(def.id, rank(def, out));
      continue;
    }
    if (def.kind === "list") {
      out.set(def.id, list(def, out));
      continue;
    }
    const fd = toFigureDef(def, known);
    const unknown = [...(fd.kind === "share" ? [...fd.numerator, ...fd.denominator] : fd.cells)].filter((c) => !ctx.template.cell(c));
    if (unknown.length) throw new Error(`报告大纲错误：指标 ${def.id} 引用了不存在的单元格 ${unknown.join("、")}`);
    known.set(fd.id, fd);
    out.set(def.id, evaluate(fd));
  }
  return out;
}
