import type { ReportCoverage } from "./coverage";
import type { OrgTree } from "../org-tree";
import type { Template } from "../templates/types";
import type { CellValues } from "../values";
import { buildChart } from "./charts";
import type { Block, ReportDocument } from "./document";
import { evaluateReportFigures, type ReportFigure } from "./figures";
import { getOutline } from "./outline";
import type { BlockDef, PartDef, ReportOutline } from "./outline/schema";
import { fillTemplate, type Run, type Scope } from "./placeholders/fill";
import { compiled, fillParagraph } from "./sentences";
import { printSections } from "./tables";
import type { ReportFields } from "./fields";
import { isToken, tokenKey, writtenParagraphs, type NarrativeDoc, type Paragraph, type TokenPiece } from "./narrative-doc";
import { resolveToken, tokenCatalog, type CatalogEntry, type TokenContext, type TokenResolution } from "./narrative-tokens";
import { checkNarrative, type NarrativeProblem } from "./narrative-check";
import { nodeWording, reportLevel, WORDING_KEYS, type NodeWording, type ReportLevel, type WordingOverrides } from "./wording";

export type { ReportFields };

/** Names a sentence may use besides figures: the report's fields, the unit's words, the report facts. */
export const FIELD_NAMES = [
  "year",
  "unitName",
  "scope",
  "compiler",
  "sources",
  "downloadSite",
  "downloadUrl",
  "contactOffice",
  "phone",
  "email",
  "partNames",
  "ownLabel",
  "governmentLabel",
  "departmentsLabel",
  "childrenLabel",
  "longForm",
  "level",
  "compiled",
] as const;

export type NarrativeInput = {
  template: Template;
  /** Default: the outline of the template. */
  outline?: ReportOutline;
  year: number;
  orgCode: string;
  tree: OrgTree;
  /** Every node's totals this year. */
  totals: Map<number, CellValues>;
  /** The same node's totals last year (same or predecessor template), if any. */
  previous: CellValues | null;
  fields: ReportFields;
  /** The office's words for this unit (organisations.wording) over the defaults from its name, kind and children. */
  wording?: WordingOverrides | null;
  /** A government's report of its 本级 only (the tree and totals already cut to it): worded "市政府及部门". */
  coverage?: ReportCoverage;
  /** The office's narrative (paragraphs with bound figures by prose id, reworded headings); none: the default narrative. */
  narrative?: NarrativeDoc | null;
  /** Print "待撰写" prompts where the office has not written yet (a draft); default true. */
  showPrompts?: boolean;
};

/** "一、概述" → "概述": the preface lists the parts by name. */
function partName(p: PartDef): string {
  return p.name ?? p.heading.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, "");
}

/** What a report is: the unit's level and words, and whether it compiles its children's data. */
export type ReportFacts = { level: ReportLevel; compiled: boolean; words: NodeWording };

/**
 * The placeholder scope: the report's fields, the unit's words, the facts conditions test
 * (`compiled`, `level`) and every figure by id; blank fields are not stated. {scope} is the
 * preface field where the office wrote one, else the unit's subject word.
 */
export function reportScope(input: NarrativeInput, outline: ReportOutline, figures: Map<string, ReportFigure | null>, facts: ReportFacts): Scope {
  const f = input.fields;
  const field = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  const scope: Scope = {
    ...Object.fromEntries(WORDING_KEYS.filter((k) => k !== "subject").map((k) => [k, facts.words[k]])),
    level: facts.level,
    compiled: facts.compiled,
    year: input.year,
    unitName: f.unitName,
    scope: field(f.scope) ?? facts.words.subject,
    compiler: field(f.compiler),
    sources: field(f.sources),
    downloadSite: field(f.downloadSite),
    downloadUrl: field(f.downloadUrl),
    contactOffice: field(f.contactOffice),
    phone: field(f.phone),
    email: field(f.email),
    partNames: outline.parts.map((p) => ({ name: partName(p) })),
  };
  for (const [id, fig] of figures) {
    if (Object.hasOwn(scope, id)) throw new Error(`报告大纲错误：指标 ${id} 与报告字段重名`);
    scope[id] = fig;
  }
  return scope;
}

function text(template: string, scope: Scope): string {
  const runs = fillTemplate(compiled(template), scope);
  if (!runs) throw new Error(`报告标题缺少内容：${template}`);
  return runs.map((r) => r.text).join("");
}

/** Everything the narrative is built and checked from: the outline, the figures, the placeholder scope, the token context. */
export type NarrativeContext = { outline: ReportOutline; scope: Scope; tokens: TokenContext; orgId: number; code: string; facts: ReportFacts };

export function narrativeContext(input: NarrativeInput): NarrativeContext {
  const { template } = input;
  const outline = input.outline ?? getOutline(template.id);
  const node = input.tree.byCode.get(input.orgCode);
  if (!node) throw new Error(`单位代码 ${input.orgCode} 不在单位名册中`);
  const current = input.totals.get(node.orgId) ?? {};
  const children = input.tree.children.get(node.orgId) ?? [];
  const words = nodeWording(node, children, input.wording);
  // A 本级 report speaks of the government and its departments, not of the whole area.
  if (input.coverage === "own") words.subject = words.longForm;
  const facts: ReportFacts = { level: reportLevel(node), compiled: children.length > 0, words };
  const figures = evaluateReportFigures(
    { template, current, previous: input.previous, tree: input.tree, totals: input.totals, orgId: node.orgId, words: facts.words },
    outline,
  );
  return { outline, scope: reportScope(input, outline, figures, facts), tokens: { template, outline, current, figures }, orgId: node.orgId, code: node.code, facts };
}

/** The report's parts as the editor shows them: headings, the standard sentences filled, the prose blocks, where tables go. */
export type SkeletonItem =
  | { kind: "heading"; partId: string; level: 1 | 2 | 3 | 4; text: string; standard: string; editable: boolean }
  | { kind: "sentences"; runs: Run[] }
  | { kind: "prose"; id: string; prompt: string; carryFrom?: string[]; required?: true; whenUnwritten?: string }
  | { kind: "tables"; sections: string[] };

export function reportSkeleton(ctx: NarrativeContext, narrative?: NarrativeDoc | null): SkeletonItem[] {
  const items: SkeletonItem[] = [];
  const walk = (parts: readonly PartDef[], level: number) => {
    for (const p of parts) {
      const text = (p.editableHeading && narrative?.headings[p.id]?.trim()) || p.heading;
      items.push({ kind: "heading", partId: p.id, level: Math.min(level, 4) as 1 | 2 | 3 | 4, text, standard: p.heading, editable: !!p.editableHeading });
      for (const raw of p.blocks ?? []) {
        const b = raw as BlockDef;
        if (b.kind === "sentences") {
          const runs = fillParagraph(b.sentences, ctx.scope);
          if (runs) items.push({ kind: "sentences", runs });
        } else if (b.kind === "prose") items.push({ kind: "prose", id: b.id, prompt: b.prompt, carryFrom: b.carryFrom, required: b.required, whenUnwritten: b.whenUnwritten });
        else items.push({ kind: "tables", sections: b.sections });
      }
      walk(p.parts ?? [], level + 1);
    }
  };
  walk(ctx.outline.parts, 1);
  return items;
}

/** How a token prints in the document: its value, or a bracketed notice a draft shows (publishing refuses those). */
export function tokenRun(piece: TokenPiece, r: TokenResolution): Run {
  const source = tokenKey(piece.token, piece.format);
  if (r.status === "ok") return { text: r.text, source };
  return { text: r.status === "broken" ? "【数据引用失效】" : "【数据无法表述】", source };
}

/** A paragraph's runs: typed text as it is (outer whitespace trimmed), tokens resolved; adjacent text merged. */
export function paragraphRuns(p: Paragraph, resolve: (t: TokenPiece) => TokenResolution): Run[] {
  const runs: Run[] = [];
  for (const piece of p) {
    const run = isToken(piece) ? tokenRun(piece, resolve(piece)) : { text: piece.text };
    const prev = runs[runs.length - 1];
    if (prev && prev.source === undefined && run.source === undefined) prev.text += run.text;
    else if (run.text !== "") runs.push(run);
  }
  const first = runs[0];
  if (first && first.source === undefined) first.text = first.text.trimStart();
  const last = runs[runs.length - 1];
  if (last && last.source === undefined) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text !== "");
}

/**
 * The narrative as printed: this year's only. Last year's measures are a checklist beside the
 * editor (last-measures.ts), never carried into the text.
 */
export function effectiveNarrative(input: Pick<NarrativeInput, "narrative">): NarrativeDoc {
  return input.narrative ?? { prose: {}, headings: {} };
}

/** Every problem of the report's narrative (broken or unstatable tokens: errors; typed figures: warnings). */
export function narrativeProblems(input: NarrativeInput, ctx: NarrativeContext = narrativeContext(input)): NarrativeProblem[] {
  return checkNarrative(effectiveNarrative(input), ctx.outline, (t) => resolveToken(t, ctx.tokens), tokenCatalog(ctx.tokens));
}

/** The catalogue of tokens the editor offers, resolved for this report. */
export function narrativeCatalog(ctx: NarrativeContext): CatalogEntry[] {
  return tokenCatalog(ctx.tokens);
}

/** Builds the report document: headings, the standard sentences filled from the data, the office's prose, tables, charts. */
export function buildReportDocument(input: NarrativeInput, ctx: NarrativeContext = narrativeContext(input)): ReportDocument {
  const { template } = input;
  const { outline, scope } = ctx;
  const current = ctx.tokens.current;
  const showPrompts = input.showPrompts ?? true;
  const narrative = effectiveNarrative(input);
  const resolve = (t: TokenPiece) => resolveToken(t, ctx.tokens);
  const blocks: Block[] = [];

  const preface = fillParagraph(outline.preface, scope);
  if (preface) blocks.push({ kind: "paragraph", role: "body", runs: preface });

  for (const item of reportSkeleton(ctx, narrative)) {
    if (item.kind === "heading") blocks.push({ kind: "heading", level: item.level, text: item.text });
    else if (item.kind === "sentences") blocks.push({ kind: "paragraph", role: "body", runs: item.runs });
    else if (item.kind === "tables") printSections(template, item.sections, current).forEach((table) => blocks.push({ kind: "table", table }));
    else {
      const written = (writtenParagraphs(narrative, item.id) ?? []).map((p) => paragraphRuns(p, resolve)).filter((runs) => runs.length);
      if (written.length) written.forEach((runs) => blocks.push({ kind: "paragraph", role: "body", runs }));
      else if (item.whenUnwritten) blocks.push({ kind: "paragraph", role: "body", runs: [{ text: text(item.whenUnwritten, scope) }] });
      else if (showPrompts) blocks.push({ kind: "paragraph", role: "prompt", runs: [{ text: `【待撰写：${item.prompt}】` }] });
    }
  }

  if (outline.appendixTables) {
    const a = outline.appendixTables;
    blocks.push({ kind: "appendix", label: a.heading, caption: text(a.title, scope) });
    printSections(template, a.sections, current).forEach((table) => blocks.push({ kind: "table", table }));
  }
  if (outline.appendixCharts) {
    const unitOf = (id: string) => {
      const def = template.figures.find((f) => f.id === id);
      const code = def && (def.kind === "share" ? def.numerator[0] : def.cells[0]);
      return (code && template.cell(code)?.unit) || "";
    };
    const charts = outline.appendixCharts.charts.flatMap((c) => buildChart(c, text(c.title, scope), ctx.tokens.figures, unitOf) ?? []);
    if (charts.length) {
      blocks.push({ kind: "appendix", label: outline.appendixCharts.heading });
      charts.forEach((chart) => blocks.push({ kind: "chart", chart }));
    }
  }

  const titleLines = outline.title.map((t) => text(t, scope));
  return {
    title: titleLines.join(""),
    titleLines,
    meta: { templateId: template.id, year: input.year, orgCode: ctx.code, unitName: input.fields.unitName },
    blocks,
  };
}
