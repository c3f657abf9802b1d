/**
 * The accessible HTML page of a published report (for the 政府信息公开 platform): lang zh-CN,
 * the metadata in the head and as a table at the top, the title as h1 and the report's headings
 * one level below, every statistics table a real <table> with a caption and th scope, and every
 * chart as a data table (a screen reader cannot read a picture). Built from the frozen document
 * only: it computes nothing.
 */
import type { Block, Chart, PrintedCell, PrintedTable, ReportDocument } from "../report/document";
import type { PublicationMetadata } from "./metadata";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const span = (c: PrintedCell) => `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}`;

function table(t: PrintedTable, caption: string): string {
  const width = t.columns.length;
  const head = [
    ...(t.title ? [`<tr><th scope="colgroup" colspan="${width}">${esc(t.title)}</th></tr>`] : []),
    ...t.header.map((row) => `<tr>${row.map((c) => `<th scope="${c.colSpan > 1 ? "colgroup" : "col"}"${span(c)}>${esc(c.text)}</th>`).join("")}</tr>`),
  ];
  // Labels (left-aligned) head their rows; the unit and the values are data.
  const body = t.body.map(
    (row) =>
      `<tr>${row.cells
        .map((c) => (c.align === "left" ? `<th scope="${c.rowSpan > 1 ? "rowgroup" : "row"}"${span(c)}>${esc(c.text)}</th>` : `<td${span(c)} class="${c.align}">${esc(c.text)}</td>`))
        .join("")}</tr>`,
  );
  return `<table><caption>${esc(caption)}</caption><thead>${head.join("")}</thead><tbody>${body.join("")}</tbody></table>`;
}

function chart(c: Chart): string {
  const rows =
    c.kind === "pie"
      ? c.slices.map((s) => `<tr><th scope="row">${esc(s.label)}</th><td class="right">${esc(s.valueText)}</td><td class="right">${s.percent}%</td></tr>`).join("")
      : c.bars.map((b) => `<tr><th scope="row">${esc(b.label)}</th><td class="right">${esc(b.valueText)}</td></tr>`).join("");
  const cols = `<tr><th scope="col">项目</th><th scope="col">数量${c.unit ? `（${esc(c.unit)}）` : ""}</th>${c.kind === "pie" ? '<th scope="col">占比</th>' : ""}</tr>`;
  return `<figure><table><caption>${esc(c.title)}</caption><thead>${cols}</thead><tbody>${rows}</tbody></table></figure>`;
}

function blocks(list: Block[]): string {
  let lastHeading = "";
  let tables = 0;
  return list
    .map((b) => {
      switch (b.kind) {
        case "heading":
          lastHeading = b.text;
          return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
        case "paragraph":
          return `<p>${esc(b.runs.map((r) => r.text).join(""))}</p>`;
        case "table":
          tables += 1;
          return table(b.table, b.table.title ?? (lastHeading ? `${lastHeading}（表${tables}）` : `表${tables}`));
        case "chart":
          return chart(b.chart);
        case "appendix":
          lastHeading = b.caption ?? b.label;
          return `<h2>${esc(b.label)}</h2>${b.caption ? `<p class="caption">${esc(b.caption)}</p>` : ""}`;
      }
    })
    .join("\n");
}

const FIELDS = (m: PublicationMetadata): [string, string][] => [
  ["索引号", m.indexNo ?? ""],
  ["发布机构", m.publisher],
  ["成文日期", m.writtenDate],
  ["发布日期", m.publishedDate],
  ["版本", `第${m.version}版`],
  ...(m.correctionNote ? ([["更正说明", `${m.correctionDate ?? ""} ${m.correctionNote}`.trim()]] as [string, string][]) : []),
  ["PDF SHA-256", m.pdfSha256],
];

export function publicationHtml(doc: ReportDocument, m: PublicationMetadata, files: { pdf: string; csv: string }): string {
  const meta = [
    `<meta name="ArticleTitle" content="${esc(m.title)}">`,
    `<meta name="PubDate" content="${esc(m.publishedDate)}">`,
    `<meta name="ContentSource" content="${esc(m.publisher)}">`,
    `<meta name="IndexNo" content="${esc(m.indexNo ?? "")}">`,
    `<meta name="WrittenDate" content="${esc(m.writtenDate)}">`,
    `<meta name="Version" content="${m.version}">`,
    `<meta name="PdfSha256" content="${m.pdfSha256}">`,
  ].join("\n");
  const css = `body{font-family:"FangSong","仿宋",serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.8}
h1{text-align:center;font-size:1.6em}h2,h3,h4,h5{font-size:1.05em}p{text-indent:2em}p.caption{text-indent:0;text-align:center;font-weight:bold}
table{border-collapse:collapse;width:100%;margin:1em 0}caption{font-weight:bold;margin-bottom:.3em}
th,td{border:1px solid #000;padding:.2em .4em}td.right{text-align:right}td.center{text-align:center}th[scope=row],th[scope=rowgroup]{text-align:left;font-weight:normal}
table.meta th{width:8em;text-align:left}figure{margin:1em 0}`;
  const info = `<table class="meta"><caption>文件信息</caption><tbody>${FIELDS(m)
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`)
    .join("")}</tbody></table>`;
  const downloads = `<p>下载：<a href="${esc(files.pdf)}">PDF 版本</a>；<a href="${esc(files.csv)}">统计表（CSV）</a></p>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.title)}</title>
${meta}
<style>${css}</style>
</head>
<body>
<header>${info}</header>
<main>
<h1>${esc(doc.title)}</h1>
${blocks(doc.blocks)}
${downloads}
</main>
</body>
</html>
`;
}
