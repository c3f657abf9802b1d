import { parse, type DefaultTreeAdapterMap } from "parse5";
import { cleanText, layOut, type SpanCell, type TableGrid } from "./grid";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const isElement = (n: Node): n is Element => "tagName" in n;

function span(el: Element, name: string): number {
  const v = Number.parseInt(el.attrs.find((a) => a.name === name)?.value ?? "1", 10);
  // A page's rowspan="0" or nonsense counts as 1; no cell spans more than a table could hold.
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 200) : 1;
}

function textOf(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  if (!isElement(n)) return "";
  if (n.tagName === "br") return " ";
  if (n.tagName === "script" || n.tagName === "style") return "";
  return n.childNodes.map(textOf).join("");
}

/** The rows of this table only (a table nested in a cell is a table of its own). */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === "tr") out.push(child);
    else if (["thead", "tbody", "tfoot"].includes(child.tagName)) out.push(...child.childNodes.filter(isElement).filter((e) => e.tagName === "tr"));
  }
  return out;
}

function tablesIn(n: Node, out: Element[]): Element[] {
  if (isElement(n) && n.tagName === "table") out.push(n);
  for (const c of "childNodes" in n ? n.childNodes : []) tablesIn(c, out);
  if (isElement(n) && n.tagName === "template") tablesIn((n as DefaultTreeAdapterMap["template"]).content, out);
  return out;
}

/**
 * Every table of an HTML page as a grid, read with a standards parser (parse5: the browser's
 * algorithm, so a saved page's unclosed cells and implied tbody read as a browser shows them).
 */
export function htmlGrids(html: string): TableGrid[] {
  const doc = parse(html);
  return tablesIn(doc, []).map((table, i) => {
    const rows: SpanCell[][] = rowsOf(table).map((tr) =>
      tr.childNodes
        .filter(isElement)
        .filter((e) => e.tagName === "td" || e.tagName === "th")
        .map((cell) => ({ text: cleanText(textOf(cell)), colSpan: span(cell, "colspan"), rowSpan: span(cell, "rowspan") })),
    );
    return { name: `表格${i + 1}`, rows: layOut(rows) };
  });
}
