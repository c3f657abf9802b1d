import type { Template } from "../../templates/types";
import { parseTemplate, rootNames } from "../placeholders/parse";
import type { BlockDef, PartDef, ReportOutline, SentenceDef } from "./schema";

/**
 * Everything in an outline that cannot work with a template: placeholders that do not parse
 * or name no figure or field, tables of sections the template lacks, charts of unknown
 * figures. Returns Chinese messages; empty when the outline fits.
 */
export function checkOutline(outline: ReportOutline, template: Template, fieldNames: readonly string[]): string[] {
  const problems: string[] = [];
  const figureIds = new Set([...template.figures.map((f) => f.id), ...outline.figures.map((f) => f.id)]);
  const names = new Set([...figureIds, ...fieldNames]);
  const sections = new Set(template.sections.map((s) => s.id));

  const checkText = (text: string, where: string) => {
    try {
      for (const root of rootNames(parseTemplate(text))) if (!names.has(root)) problems.push(`${where}：未知的占位符“${root}”`);
    } catch (err) {
      problems.push(`${where}：${(err as Error).message}`);
    }
  };
  const checkSentence = (s: SentenceDef, where: string) => {
    const variants = typeof s === "string" ? [{ text: s, when: undefined }] : s.variants;
    for (const v of variants) {
      checkText(v.text, where);
      const conditions = v.when === undefined ? [] : Array.isArray(v.when) ? v.when : [v.when];
      for (const c of conditions) {
        const root = "path" in c ? c.path.split(/[.[]/)[0] : undefined;
        if (root && !names.has(root)) problems.push(`${where}：条件中未知的占位符“${root}”`);
      }
    }
  };
  const checkBlock = (b: BlockDef, where: string) => {
    if (b.kind === "sentences") b.sentences.forEach((s) => checkSentence(s, where));
    if (b.kind === "tables") b.sections.filter((s) => !sections.has(s)).forEach((s) => problems.push(`${where}：模板没有“${s}”部分`));
  };
  const walk = (parts: readonly PartDef[]) =>
    parts.forEach((p) => {
      (p.blocks ?? []).forEach((b) => checkBlock(b as BlockDef, p.heading));
      walk(p.parts ?? []);
    });

  if (outline.templateId !== template.id) problems.push(`大纲属于模板 ${outline.templateId}，不是 ${template.id}`);
  outline.title.forEach((t) => checkText(t, "标题"));
  outline.preface.forEach((s) => checkSentence(s, "前言"));
  walk(outline.parts);
  if (outline.appendixTables) {
    checkText(outline.appendixTables.title, "附表标题");
    outline.appendixTables.sections.filter((s) => !sections.has(s)).forEach((s) => problems.push(`附表：模板没有“${s}”部分`));
  }
  for (const c of outline.appendixCharts?.charts ?? []) {
    checkText(c.title, `附图 ${c.id}`);
    const refs = c.kind === "pie" ? [c.figure] : c.items.map((i) => i.figure);
    refs.filter((r) => !figureIds.has(r)).forEach((r) => problems.push(`附图 ${c.id}：未知的指标“${r}”`));
  }
  for (const f of outline.figures) {
    const refs = f.kind === "rank" || f.kind === "list" ? f.items.map((i) => i.figure) : (f.kind === "share" ? [...f.numerator, ...f.denominator] : f.cells).flatMap((r) => (typeof r === "string" ? [] : [r.figure]));
    refs.filter((r) => !figureIds.has(r)).forEach((r) => problems.push(`指标 ${f.id}：未知的指标“${r}”`));
    if (f.kind !== "rank" && f.kind !== "list") {
      const cells = (f.kind === "share" ? [...f.numerator, ...f.denominator] : f.cells).flatMap((r) => (typeof r === "string" ? [r] : []));
      cells.filter((c) => !template.cell(c)).forEach((c) => problems.push(`指标 ${f.id}：模板没有单元格“${c}”`));
    }
  }
  return problems;
}
