import type { Template } from "@/lib/templates";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function cell(tag: string, text: string, colSpan = 1, rowSpan = 1): string {
  return `<${tag}${colSpan > 1 ? ` colspan="${colSpan}"` : ""}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ""}>${esc(text)}</${tag}>`;
}

/**
 * A published report's page as government sites print it, made from the template's layout:
 * a heading per section, tables with merged header cells (rowspan/colspan), spanning row labels,
 * the list tables' unit column, and the figures as given (text per cell code; absent = blank).
 * Cells beyond the official table (2021's 信息处理费) are left out, as a published table has none.
 */
export function publishedPage(template: Template, texts: Record<string, string>, opts: { title?: string } = {}): string {
  const parts: string[] = [`<html><head><meta charset="utf-8"><title>${esc(opts.title ?? "年度报告")}</title></head><body>`, `<h1>${esc(opts.title ?? "政府信息公开工作年度报告")}</h1>`, "<p>正文……</p>"];
  for (const section of template.sections) {
    const tables = section.tables.filter((t) => t.body.some((b) => b.cells.some((c) => c && template.cell(c)!.official)));
    if (!tables.length) continue;
    parts.push(`<p><strong>${esc(section.title)}</strong></p>`);
    for (const t of tables) {
      parts.push('<table border="1" cellspacing="0"><tbody>');
      if (t.title) parts.push(`<tr>${cell("td", t.title, t.labelColumns + Math.max(1, t.columnCodes.length) + (t.layout === "list" ? 2 : 0))}</tr>`);
      for (const row of t.header) parts.push(`<tr>${row.map((h) => cell("td", h.text, h.colSpan, h.rowSpan)).join("")}</tr>`);
      for (const b of t.body) {
        const labels = b.labels.map((l) => cell("td", l.text, l.colSpan, l.rowSpan)).join("");
        const unit = t.layout === "list" ? cell("td", b.unit ?? "") : "";
        const values = b.cells.map((c) => cell("td", c ? (texts[c] ?? "") : "")).join("");
        parts.push(`<tr>${labels}${unit}${values}</tr>`);
      }
      parts.push("</tbody></table>");
    }
  }
  parts.push("</body></html>");
  return parts.join("\n");
}
