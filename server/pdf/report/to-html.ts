/**
 * The same report document as a printable HTML page (same faces, GB/T 9704 page box, native
 * table spans): for printing by a browser, and to compare that route with react-pdf
 * (npm run bench:pdf). Page numbers come from the browser's footer (see PRINT_FOOTER).
 */
import { pathToFileURL } from "node:url";
import type { Block, Chart, PrintedTable, ReportDocument } from "../../../lib/report/document";
import { CHART_WIDTH } from "./chart-scene";
import { chartSvg } from "./chart-svg";
import type { FontFile, FontPlan } from "./fonts";
import { BODY_SIZE, LINE_PITCH, MM, PAGE, PAGE_NUMBER_SIZE, TABLE_SIZE, TITLE_SIZE } from "./layout";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A .ttc face is picked by its installed name; other files by URL. */
function fontSrc(f: FontFile): string {
  if (f.postscriptName) return `local("${f.postscriptName}")`;
  return `url("${pathToFileURL(f.src).href}")`;
}

function fontFaces(plan: FontPlan): string {
  const face = (family: string, f: FontFile, weight = 400) => `@font-face{font-family:"${family}";src:${fontSrc(f)};font-weight:${weight};}`;
  return [
    face("NbTitle", plan.title),
    face("NbBody", plan.body),
    face("NbBody", plan.bodyBold, 700),
    face("NbHeading", plan.heading),
    face("NbSub", plan.subheading),
    face("NbSerif", plan.serifFallback),
    face("NbSerif", plan.serifFallbackBold, 700),
    face("NbSans", plan.sansFallback),
  ].join("\n");
}

function table(t: PrintedTable): string {
  const header = [
    ...(t.title ? [`<tr><th colspan="${t.columns.length}">${esc(t.title)}</th></tr>`] : []),
    ...t.header.map((row) => `<tr>${row.map((c) => `<th colspan="${c.colSpan}" rowspan="${c.rowSpan}">${esc(c.text)}</th>`).join("")}</tr>`),
  ];
  const body = t.body.map(
    (row) =>
      `<tr${row.heading ? ' class="h"' : ""}>${row.cells
        .map((c) => `<td colspan="${c.colSpan}" rowspan="${c.rowSpan}" style="text-align:${c.align}${c.indent ? `;padding-left:${c.indent + 0.3}em` : ""}">${esc(c.text)}</td>`)
        .join("")}</tr>`,
  );
  return `<table><thead>${header.join("")}</thead><tbody>${body.join("")}</tbody></table>`;
}

/** The chart's scene as inline SVG (server/pdf/report/chart-svg.ts), the one drawing Word's PNG and the PDF also use. */
function chart(c: Chart): string {
  return `<figure><figcaption>${esc(c.title)}</figcaption>${chartSvg(c, CHART_WIDTH, "NbBody, NbSerif")}</figure>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p${b.role === "prompt" ? ' class="prompt"' : ""}>${esc(b.runs.map((r) => r.text).join(""))}</p>`;
    case "table":
      return table(b.table);
    case "chart":
      return chart(b.chart);
    case "appendix":
      return `<section class="appendix"><div class="label">${esc(b.label)}</div>${b.caption ? `<div class="caption">${esc(b.caption)}</div>` : ""}</section>`;
  }
}

/** Footer for the browser's print (Playwright page.pdf footerTemplate): "— N —" 7 mm under the text block. */
export const PRINT_FOOTER = `<div style="width:100%;text-align:center;font-size:${PAGE_NUMBER_SIZE}pt;font-family:'Noto Serif CJK SC',serif;margin-bottom:${(35 - 7) * MM - PAGE_NUMBER_SIZE * 1.2}pt">— <span class="pageNumber"></span> —</div>`;

export function reportHtml(doc: ReportDocument, plan: FontPlan): string {
  const pt = (n: number) => `${n.toFixed(2)}pt`;
  const css = `
${fontFaces(plan)}
@page { size: A4; margin: ${pt(PAGE.marginTop)} ${pt(PAGE.marginRight)} ${pt(PAGE.marginBottom)} ${pt(PAGE.marginLeft)}; }
html { font-family: NbBody, NbSerif; font-size: ${pt(BODY_SIZE)}; line-height: ${pt(LINE_PITCH)}; line-break: strict; }
body { margin: 0; }
h1.title { text-indent: 0; font-family: NbTitle, NbSerif; font-size: ${pt(TITLE_SIZE)}; line-height: 1.5; text-align: center; font-weight: normal; margin: 0 0 ${pt(LINE_PITCH)}; }
h1, h2, h3, h4 { font-size: 1em; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
h1 { font-family: NbHeading, NbSans; } h2 { font-family: NbSub, NbSerif; } h3 { font-weight: bold; }
p { margin: 0; text-indent: 2em; text-align: justify; } p.prompt { color: #808080; }
table { border-collapse: collapse; width: 100%; font-size: ${pt(TABLE_SIZE)}; line-height: 1.3; margin-bottom: 12pt; }
th, td { border: 0.75pt solid #000; padding: 2.5pt 3pt; } th { font-family: NbHeading, NbSans; font-weight: normal; }
tr { break-inside: avoid; } tr.h td:first-child { font-family: NbHeading, NbSans; }
.appendix { break-before: page; } .appendix .label { font-family: NbHeading, NbSans; }
.appendix .caption { font-family: NbTitle, NbSerif; font-size: 18pt; line-height: 1.6; text-align: center; margin-bottom: 12pt; }
figure { margin: 12pt 0 24pt; break-inside: avoid; text-align: center; } figcaption { font-family: NbHeading, NbSans; font-size: 14pt; margin-bottom: 14pt; }
figure svg { display: block; margin: 0 auto; }`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${css}</style></head><body><h1 class="title">${doc.titleLines.map(esc).join("<br>")}</h1>${doc.blocks.map(block).join("\n")}</body></html>`;
}
