import { evaluateFigure, type Quantity } from "../figures";
import type { Template } from "../templates/types";
import { formatScaled, type CellValues } from "../values";
import type { ReportFigure } from "./figures";
import { formatCarriesUnit, formatInWan, TOKEN_FORMATS, tokenKey, type TokenFormat, type TokenPart, type TokenPiece, type TokenRef } from "./narrative-doc";
import type { OutlineFigureDef, ReportOutline } from "./outline/schema";
import { printValue } from "./placeholders/fill";

/**
 * Bound figure tokens: what a token prints, from the same evaluated figures (and the same
 * printing of values) the standard sentences are filled from, so text and table agree.
 */

/** What tokens resolve against: the template, the node's totals and every report figure by id (the sentences' scope). */
export type TokenContext = {
  template: Template;
  outline: ReportOutline;
  current: CellValues;
  figures: Map<string, ReportFigure | null>;
};

export type TokenResolution =
  /** `text` as printed (with its unit: "422.32万条", "32.76%"); `bare` the number alone ("422.32万"), for matching typed digits. */
  | { status: "ok"; text: string; bare: string | null; label: string }
  /** The data cannot state it (a share of a base of 0, a split of a unit without subordinate units). */
  | { status: "not-stated"; message: string; label: string }
  /** The token names nothing this report has (an unknown cell or figure, a part the figure lacks). */
  | { status: "broken"; message: string; label?: string };

export const PART_LABELS: Record<TokenPart, string> = {
  value: "数值",
  percent: "比例",
  numerator: "数量",
  denominator: "基数",
  change: "增减量",
  current: "本年数",
  previous: "上年数",
  total: "合计",
  names: "名单",
  names_values: "名单及数量",
  names_percents: "名单及比例",
};

export type FigureKind = "value" | "share" | "growth" | "split" | "top" | "rank";

/** The parts a figure of each kind has (split parts also take an index). */
export const PARTS_OF_KIND: Record<FigureKind, readonly TokenPart[]> = {
  value: ["value"],
  share: ["percent", "numerator", "denominator"],
  growth: ["percent", "change", "current", "previous"],
  split: ["total", "value", "percent"],
  top: ["names", "names_values"],
  rank: ["names", "names_percents"],
};

/** Every figure a report may name, with its kind, label and (for a split) its parts' labels. */
export function figureDefs(
  template: Template,
  outline: ReportOutline,
  figures?: Map<string, ReportFigure | null>,
): Map<string, { kind: FigureKind; label: string; parts?: string[] }> {
  const out = new Map<string, { kind: FigureKind; label: string; parts?: string[] }>();
  // A split's parts are the node's (which grouping fits its children, in its words).
  const partsOf = (id: string) => {
    const f = figures?.get(id);
    return f?.kind === "split" ? f.parts.map((p) => p.label) : [];
  };
  for (const f of template.figures) out.set(f.id, { kind: f.kind, label: f.label, parts: f.kind === "split" ? partsOf(f.id) : undefined });
  // Lists only serve the standard sentences; their figures are offered one by one.
  for (const f of outline.figures as readonly OutlineFigureDef[]) if (f.kind !== "list") out.set(f.id, { kind: f.kind, label: f.label });
  return out;
}

function unitOf(template: Template, q: Quantity): string {
  return template.cell(q.cells[0] ?? "")?.unit ?? "";
}

function printQuantity(q: Quantity, format: TokenFormat, source: string): string {
  return formatInWan(format) ? printValue(q, source)! : formatScaled(q.value, q.scale);
}

/** What a quantity's token prints: the number, and its unit unless the format is a `-number` one. */
function withUnit(bare: string, unit: string, format: TokenFormat): string {
  return formatCarriesUnit(format) ? bare + unit : bare;
}

const percent = (p: string | null) => (p === null ? null : `${p}%`);

/** The label of a token for messages and the picker, e.g. "主动公开政府信息数·比例". */
export function tokenLabel(ref: TokenRef, ctx: Pick<TokenContext, "template" | "outline"> & Partial<Pick<TokenContext, "figures">>): string | undefined {
  if (ref.kind === "cell") {
    const cell = ctx.template.cell(ref.code);
    return cell ? `${cell.name}（${ref.code}）` : undefined;
  }
  const def = figureDefs(ctx.template, ctx.outline, ctx.figures).get(ref.figure);
  if (!def) return undefined;
  const part = def.kind === "split" && ref.index !== undefined && def.parts?.[ref.index] ? `${def.parts[ref.index]}${PART_LABELS[ref.part]}` : PART_LABELS[ref.part];
  return `${def.label}·${part}`;
}

/** Resolves one token against the report's data. */
export function resolveToken(piece: TokenPiece, ctx: TokenContext): TokenResolution {
  const { token: ref, format } = piece;
  const source = tokenKey(ref, format);
  if (ref.kind === "cell") {
    const cell = ctx.template.cell(ref.code);
    if (!cell) return { status: "broken", message: `单元格 ${ref.code} 不在本年度模板（${ctx.template.name}）中` };
    const f = evaluateFigure({ id: "cell", kind: "value", label: cell.name, cells: [ref.code] }, { template: ctx.template, current: ctx.current });
    if (!f) return { status: "not-stated", message: `${cell.name}（${ref.code}）无法表述：本年度数据未填报该项`, label: tokenLabel(ref, ctx)! };
    if (f.kind !== "value") throw new Error("unreachable");
    const bare = printQuantity(f.value, format, source);
    return { status: "ok", text: withUnit(bare, cell.unit, format), bare, label: tokenLabel(ref, ctx)! };
  }
  const def = figureDefs(ctx.template, ctx.outline, ctx.figures).get(ref.figure);
  if (!def || !ctx.figures.has(ref.figure)) return { status: "broken", message: `数据项“${ref.figure}”不在本年度模板（${ctx.template.name}）中` };
  const label = tokenLabel(ref, ctx)!;
  if (!PARTS_OF_KIND[def.kind].includes(ref.part)) return { status: "broken", message: `数据项“${def.label}”没有“${PART_LABELS[ref.part]}”`, label };
  const f = ctx.figures.get(ref.figure) ?? null;
  const notStated = (why: string): TokenResolution => ({ status: "not-stated", message: `${label}无法表述：${why}`, label });
  if (f === null) return notStated(def.kind === "split" || def.kind === "top" ? "本单位没有下级单位" : "基数为 0");
  const qty = (q: Quantity): TokenResolution => {
    const bare = printQuantity(q, format, source);
    return { status: "ok", text: withUnit(bare, unitOf(ctx.template, q), format), bare, label };
  };
  const pct = (p: string | null): TokenResolution => (p === null ? notStated("基数为 0") : { status: "ok", text: `${p}%`, bare: `${p}%`, label });
  const list = (items: string[]): TokenResolution => (items.length ? { status: "ok", text: items.join("、"), bare: null, label } : notStated("没有可列出的单位"));
  switch (f.kind) {
    case "value":
      return qty(f.value);
    case "share":
      return ref.part === "percent" ? pct(f.percent) : qty(ref.part === "numerator" ? f.numerator : f.denominator);
    case "growth": {
      if (ref.part === "current") return qty(f.current);
      if (!f.previous || f.change === null) return notStated("没有上年数据");
      if (ref.part === "previous") return qty(f.previous);
      if (ref.part === "percent") return pct(f.percent);
      const bare = formatScaled(f.change, f.current.scale);
      return { status: "ok", text: withUnit(bare, unitOf(ctx.template, f.current), format), bare, label };
    }
    case "split": {
      if (ref.part === "total") return qty(f.total);
      if (ref.index === undefined) return { status: "broken", message: `数据项“${def.label}”须指明哪一部分`, label };
      const part = f.parts[ref.index];
      if (!part) return { status: "broken", message: `数据项“${def.label}”没有第 ${ref.index + 1} 部分`, label };
      return ref.part === "value" ? qty(part.value) : pct(part.percent);
    }
    case "top":
      return list(f.items.map((i) => (ref.part === "names" ? i.name : `${i.name}（${printQuantity(i.value, format, source)}${unitOf(ctx.template, i.value)}）`)));
    case "list":
      return { status: "broken", message: `数据项“${def.label}”不能直接引用`, label };
    case "rank":
      if (ref.part === "names_percents" && f.items.some((i) => i.percent === null)) return notStated("基数为 0");
      return list(f.items.map((i) => (ref.part === "names" ? i.name : `${i.name}（${percent(i.percent)}）`)));
  }
}

/** One token the editor offers, with what it prints now. */
export type CatalogEntry = {
  key: string;
  ref: TokenRef;
  format: TokenFormat;
  /** The picker's group: a figure's label, or "单元格". */
  group: string;
  /** What kind of figure it is ("cell" for a cell). */
  kind: FigureKind | "cell";
  label: string;
  resolution: TokenResolution;
};

/**
 * Every token a report of this template can hold, resolved: figures first (in template then
 * outline order), then every cell. The editor resolves its chips from this list, so the browser
 * needs neither the tree nor the totals; a token missing from it is broken.
 */
export function tokenCatalog(ctx: TokenContext): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  const add = (ref: TokenRef, group: string, kind: CatalogEntry["kind"]) => {
    const withUnitPrinted = resolveToken({ token: ref, format: "wan" }, ctx);
    // A number-only format is offered only where the figure prints a unit to leave out.
    const hasUnit = withUnitPrinted.status === "ok" && withUnitPrinted.text !== withUnitPrinted.bare;
    for (const format of TOKEN_FORMATS) {
      if (!formatCarriesUnit(format) && !hasUnit) continue;
      const resolution = resolveToken({ token: ref, format }, ctx);
      out.push({ key: tokenKey(ref, format), ref, format, group, kind, label: resolution.label ?? "", resolution });
    }
  };
  for (const [id, def] of figureDefs(ctx.template, ctx.outline, ctx.figures)) {
    for (const part of PARTS_OF_KIND[def.kind]) {
      if (def.kind === "split" && part !== "total") (def.parts ?? []).forEach((_, index) => add({ kind: "figure", figure: id, part, index }, def.label, def.kind));
      else add({ kind: "figure", figure: id, part }, def.label, def.kind);
    }
  }
  for (const cell of ctx.template.cells) add({ kind: "cell", code: cell.code }, "单元格", "cell");
  return out;
}
