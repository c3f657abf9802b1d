/** Checks every rendered report must pass: GB/T 9704 text block, 避头尾, page numbers, fonts. */
import { MM, type Page, type PdfFont } from "./pdf-tools";

/** The brief's list of marks that may not start a line. */
export const NO_LINE_START = Array.from("，。、；：？！）》」』】〕”’%");

const isPageNumber = (text: string) => /^—\s*\d+\s*—$/.test(text.trim());

/** Lines outside the text block: x in [28 mm, 184 mm], y in [37 mm, 262 mm], within 2 pt. */
export function outsideTextBlock(pages: Page[]): string[] {
  const box = { left: 28 * MM - 2, right: (210 - 26) * MM + 2, top: 37 * MM - 2, bottom: (297 - 35) * MM + 2 };
  return pages.flatMap((p) =>
    p.lines
      .filter((l) => !isPageNumber(l.text))
      .filter((l) => l.xMin < box.left || l.xMax > box.right || l.yMin < box.top || l.yMax > box.bottom)
      .map((l) => `page ${p.number}: "${l.text}" at x ${l.xMin.toFixed(1)}–${l.xMax.toFixed(1)}, y ${l.yMin.toFixed(1)}–${l.yMax.toFixed(1)}`),
  );
}

export function linesStartingWithClosingMark(pages: Page[]): string[] {
  return pages.flatMap((p) => p.lines.filter((l) => NO_LINE_START.includes(Array.from(l.text.trim())[0] ?? "")).map((l) => `page ${p.number}: "${l.text}"`));
}

/** Each page's number "— N —", centred under the text block (±1.5 pt), its top 7 mm below it (269 mm, ±3 pt). */
export function pageNumberProblems(pages: Page[]): string[] {
  return pages.flatMap((p) => {
    const line = p.lines.find((l) => isPageNumber(l.text));
    if (!line) return [`page ${p.number}: no page number`];
    const problems: string[] = [];
    if (line.text.replace(/\s+/g, "") !== `—${p.number}—`) problems.push(`page ${p.number}: page number reads "${line.text}"`);
    const centre = (line.xMin + line.xMax) / 2;
    const blockCentre = (28 * MM + (210 - 26) * MM) / 2;
    if (Math.abs(centre - blockCentre) > 1.5) problems.push(`page ${p.number}: page number centred at ${centre.toFixed(1)}, text block at ${blockCentre.toFixed(1)}`);
    if (Math.abs(line.yMin - (297 - 35 + 7) * MM) > 3) problems.push(`page ${p.number}: page number top at ${line.yMin.toFixed(1)} pt`);
    return problems;
  });
}

export function fontProblems(fonts: PdfFont[]): string[] {
  if (fonts.length === 0) return ["no fonts"];
  return fonts.filter((f) => f.emb !== "yes" || f.sub !== "yes" || f.uni !== "yes" || !/^[A-Z]{6}\+/.test(f.name)).map((f) => `${f.name} (${f.type}) emb ${f.emb} sub ${f.sub} uni ${f.uni}`);
}

/**
 * Tables whose title is printed on a page without their first body row below it (a title and
 * header left alone at a page's foot). `tables`: title → the first body row's label.
 */
export function strandedTableTitles(pages: Page[], tables: Record<string, string>): string[] {
  const squash = (t: string) => t.replace(/\s+/g, "");
  return Object.entries(tables).flatMap(([title, firstRow]) => {
    const page = pages.find((p) => p.lines.some((l) => squash(l.text) === title));
    if (!page) return [`${title}: not printed`];
    const top = page.lines.find((l) => squash(l.text) === title)!;
    return page.lines.some((l) => l.yMin > top.yMax && squash(l.text).startsWith(firstRow)) ? [] : [`page ${page.number}: ${title} without its rows`];
  });
}
