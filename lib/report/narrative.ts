import type { OrgTree } from "../org-tree";
import type { Template } from "../templates/types";
import type { CellValues } from "../values";
import { buildChart } from "./charts";
import type { Block, ReportDocument } from "./document";
import { evaluateReportFigures, type ReportFigure } from "./figures";
import { getOutline } from "./outline";
import type { BlockDef, PartDef, ReportOutline } from "./outline/schema";
import { fillTemplate, type Scope } from "./placeholders/fill";
import { compiled, fillParagraph } from "./sentences";
import { printSections } from "./tables";
import type { ReportFields } from "./fields";

export type { ReportFields };

export const FIELD_NAMES = ["year", "unitName", "scope", "compiler", "sources", "downloadSite", "downloadUrl", "contactOffice", "phone", "email", "partNames"] as const;

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
  /** The office's paragraphs by prose id, and its wording of editable headings by part id. */
  prose?: Record<string, string[]>;
  headings?: Record<string, string>;
  /** Print "待撰写" prompts where the office has not written yet (a draft); default true. */
  showPrompts?: boolean;
};

/** "一、概述" → "概述": the preface lists the parts by name. */
function partName(p: PartDef): string {
  return p.name ?? p.heading.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, "");
}

/** The placeholder scope: the report's fields and every figure by id; blank fields are not stated. */
export function reportScope(input: NarrativeInput, outline: ReportOutline, figures: Map<string, ReportFigure | null>): Scope {
  const f = input.fields;
  const field = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  const scope: Scope = {
    year: input.year,
    unitName: f.unitName,
    scope: f.scope,
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

/** Builds the report document: headings, the standard sentences filled from the data, the office's prose, tables, charts. */
export function buildReportDocument(input: NarrativeInput): ReportDocument {
  const { template } = input;
  const outline = input.outline ?? getOutline(template.id);
  const node = input.tree.byCode.get(input.orgCode);
  if (!node) throw new Error(`单位代码 ${input.orgCode} 不在单位名册中`);
  const current = input.totals.get(node.orgId) ?? {};
  const figures = evaluateReportFigures(
    { template, current, previous: input.previous, tree: input.tree, totals: input.totals, orgId: node.orgId },
    outline,
  );
  const scope = reportScope(input, outline, figures);
  const showPrompts = input.showPrompts ?? true;
  const blocks: Block[] = [];

  const preface = fillParagraph(outline.preface, scope);
  if (preface) blocks.push({ kind: "paragraph", role: "body", runs: preface });

  const emit = (b: BlockDef) => {
    if (b.kind === "sentences") {
      const runs = fillParagraph(b.sentences, scope);
      if (runs) blocks.push({ kind: "paragraph", role: "body", runs });
    } else if (b.kind === "prose") {
      const written = (input.prose?.[b.id] ?? []).filter((p) => p.trim());
      if (written.length) written.forEach((p) => blocks.push({ kind: "paragraph", role: "body", runs: [{ text: p.trim() }] }));
      else if (showPrompts) blocks.push({ kind: "paragraph", role: "prompt", runs: [{ text: `【待撰写：${b.prompt}】` }] });
    } else {
      printSections(template, b.sections, current).forEach((table) => blocks.push({ kind: "table", table }));
    }
  };
  const walk = (parts: readonly PartDef[], level: number) => {
    for (const p of parts) {
      const heading = (p.editableHeading && input.headings?.[p.id]?.trim()) || p.heading;
      blocks.push({ kind: "heading", level: Math.min(level, 4) as 1 | 2 | 3 | 4, text: heading });
      (p.blocks ?? []).forEach((b) => emit(b as BlockDef));
      walk(p.parts ?? [], level + 1);
    }
  };
  walk(outline.parts, 1);

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
    const charts = outline.appendixCharts.charts.flatMap((c) => buildChart(c, text(c.title, scope), figures, unitOf) ?? []);
    if (charts.length) {
      blocks.push({ kind: "appendix", label: outline.appendixCharts.heading });
      charts.forEach((chart) => blocks.push({ kind: "chart", chart }));
    }
  }

  const titleLines = outline.title.map((t) => text(t, scope));
  return {
    title: titleLines.join(""),
    titleLines,
    meta: { templateId: template.id, year: input.year, orgCode: node.code, unitName: input.fields.unitName },
    blocks,
  };
}
