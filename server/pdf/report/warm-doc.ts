import type { ReportDocument } from "@/lib/report/document";
import { printSections } from "@/lib/report/tables";
import { getTemplate } from "@/lib/templates";

const TEMPLATE = getTemplate("gov-disclosure-2021");

/** A paragraph of report prose (a full line's worth of clauses, long enough to wrap and to split across pages). */
const PROSE =
  "本年度，本机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开、政策解读和回应关切，健全政府信息公开工作机制，" +
  "及时准确发布政府信息，依法依规办理政府信息公开申请，不断提升政府信息公开工作的质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。";

/**
 * A report of today's format at full length (every face it prints: title, the four heading levels,
 * body, prompt; paragraphs that break across pages; every table of the 2021 template): rendering
 * it loads each font into the worker, and rendering it a few times has the layout code optimised,
 * before a user's first preview (a fresh worker's first renders take two to three times as long).
 */
export const WARM_DOC: ReportDocument = {
  title: "预热",
  titleLines: ["政府信息公开工作年度报告"],
  meta: { templateId: "gov-disclosure-2021", year: 2000, orgCode: "-", unitName: "预热" },
  blocks: [
    { kind: "heading", level: 1, text: "一、总体情况" },
    { kind: "heading", level: 2, text: "（一）主动公开" },
    { kind: "heading", level: 3, text: "1.政府信息" },
    { kind: "heading", level: 4, text: "（1）规章" },
    ...Array.from({ length: 12 }, () => ({ kind: "paragraph" as const, role: "body" as const, runs: [{ text: PROSE }] })),
    { kind: "paragraph", role: "prompt", runs: [{ text: "【待撰写】" }] },
    ...printSections(
      TEMPLATE,
      TEMPLATE.sections.map((s) => s.id),
      Object.fromEntries(TEMPLATE.cells.map((c) => [c.code, 1234n])),
    ).map((table) => ({ kind: "table" as const, table })),
    ...Array.from({ length: 4 }, () => ({ kind: "paragraph" as const, role: "body" as const, runs: [{ text: PROSE }] })),
  ],
};
