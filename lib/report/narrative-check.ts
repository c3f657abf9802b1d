import { isToken, type NarrativeDoc, type TokenFormat, type TokenPiece, type TokenRef } from "./narrative-doc";
import type { CatalogEntry, TokenResolution } from "./narrative-tokens";
import type { PartDef, ReportOutline } from "./outline/schema";

/**
 * What is wrong with a narrative: a token that no longer resolves or whose value the data
 * cannot state is an error (publishing refuses it); digits typed by hand that look like a
 * figure are a warning suggesting a bound token.
 */
export type NarrativeProblem = {
  severity: "error" | "warning";
  kind: "broken-token" | "not-stated" | "typed-figure" | "doubled-unit" | "unknown-block";
  /** Where: the prose block, its paragraph and inline piece (0-based), and the heading of the part it is under. */
  blockId: string;
  paragraph: number;
  piece: number;
  heading: string;
  message: string;
  /** typed-figure: the typed text (with its unit, when the suggestion prints it) and where it starts in the piece. */
  typed?: { text: string; offset: number };
  /** typed-figure: a bound figure that prints exactly this value now. */
  suggestion?: { ref: TokenRef; format: TokenFormat; label: string; text: string };
};

/** The heading of the part each prose block is in, by block id. */
export function proseHeadings(outline: ReportOutline): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (parts: readonly PartDef[]) => {
    for (const p of parts) {
      for (const b of p.blocks ?? []) if (b.kind === "prose") out.set(b.id, p.heading);
      walk(p.parts ?? []);
    }
  };
  walk(outline.parts);
  return out;
}

/**
 * A number in typed text: digits with decimals or thousands separators, optionally 万/亿, optionally %.
 * Years, dates, document numbers (〔2021〕30号), ordinals (第3次) and phone numbers are not figures.
 */
const NUMBER = /\d+(?:[.,，]\d+)*(?:\s*[万亿])?(?:\s*[%％])?/g;
const NOT_AFTER = /^(?:\s*(?:年|月|日|号|时|点|分|周岁|岁|届|期))/;
const NOT_BEFORE = /(?:第|〔|\[|［|-|－|[A-Za-z@_.\/:])$/;

export function typedFigures(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const at = m.index;
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + raw.length);
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(after) || /^[-－]/.test(after)) continue;
    const marked = /[万亿%％]/.test(raw);
    const n = Number(raw.replace(/[,，\s万亿%％]/g, ""));
    if (marked || n >= 10) out.push({ text: raw.trim(), offset: at });
  }
  return out;
}

/** Whether typed text right after a figure that prints `unit` writes the unit again ("件", or "条" after "万条"). */
function doubles(unit: string, after: string): boolean {
  const t = after.trimStart();
  return t.startsWith(unit) || t.startsWith(unit.slice(-1));
}

/** "1,485" → "1485", "32.76 ％" → "32.76%": the typed number as a token would print it. */
export function normaliseTyped(text: string): string {
  return text.replace(/[,，\s]/g, "").replace("％", "%");
}

/**
 * Every problem of a narrative. `resolve` resolves a token (on the server from the data, in the
 * browser from the catalogue); `candidates` are the tokens a typed figure may be matched with.
 */
export function checkNarrative(
  doc: NarrativeDoc,
  outline: ReportOutline,
  resolve: (p: TokenPiece) => TokenResolution,
  candidates: readonly CatalogEntry[] = [],
): NarrativeProblem[] {
  const headings = proseHeadings(outline);
  const byBare = new Map<string, CatalogEntry>();
  for (const c of candidates) {
    const r = c.resolution;
    if (r.status === "ok" && r.bare !== null && !byBare.has(r.bare)) byBare.set(r.bare, c);
  }
  // The same figure without its unit, for a typed number whose text does not write the unit after it.
  const numberOnly = new Map<string, CatalogEntry>();
  for (const c of candidates) if (c.format.endsWith("-number")) numberOnly.set(`${JSON.stringify(c.ref)}|${c.format}`, c);
  const out: NarrativeProblem[] = [];
  for (const [blockId, paragraphs] of Object.entries(doc.prose)) {
    const heading = headings.get(blockId);
    if (heading === undefined) {
      if (paragraphs.length) {
        out.push({ severity: "warning", kind: "unknown-block", blockId, paragraph: 0, piece: 0, heading: "", message: `本年度报告大纲中没有“${blockId}”部分，其中的文字不会印出` });
      }
      continue;
    }
    paragraphs.forEach((p, paragraph) =>
      p.forEach((piece, i) => {
        const at = { blockId, paragraph, piece: i, heading };
        if (isToken(piece)) {
          const r = resolve(piece);
          if (r.status === "broken") out.push({ ...at, severity: "error", kind: "broken-token", message: `数据引用失效：${r.message}` });
          if (r.status === "not-stated") out.push({ ...at, severity: "error", kind: "not-stated", message: r.message });
          const next = p[i + 1];
          const unit = r.status === "ok" && r.bare !== null && r.text.startsWith(r.bare) ? r.text.slice(r.bare.length) : "";
          if (unit && next && !isToken(next) && doubles(unit, next.text)) {
            out.push({ ...at, severity: "warning", kind: "doubled-unit", message: `“${r.status === "ok" ? r.text : ""}”已带单位，其后又写了“${next.text.trimStart().slice(0, unit.length)}”：单位重复` });
          }
          return;
        }
        for (const found of typedFigures(piece.text)) {
          const match = byBare.get(normaliseTyped(found.text));
          const r = match?.resolution;
          if (!match || r?.status !== "ok") {
            const message = candidates.length
              ? `“${found.text}”像是手工输入的统计数字，与本报告的数据都不一致，请核对，或插入绑定数据`
              : `“${found.text}”像是手工输入的统计数字，建议插入绑定数据`;
            out.push({ ...at, severity: "warning", kind: "typed-figure", typed: found, message });
            continue;
          }
          // Replacing "117件" takes the unit with it; "117名" keeps its word and gets the number alone.
          const unit = r.bare !== null && r.text.startsWith(r.bare) ? r.text.slice(r.bare.length) : "";
          const rest = piece.text.slice(found.offset + found.text.length);
          const withUnit = unit === "" || rest.startsWith(unit);
          const chosen = withUnit ? match : (numberOnly.get(`${JSON.stringify(match.ref)}|${match.format}-number`) ?? match);
          const printed = chosen.resolution.status === "ok" ? chosen.resolution.text : r.text;
          const typed = withUnit ? { text: found.text + unit, offset: found.offset } : found;
          out.push({
            ...at,
            severity: "warning",
            kind: "typed-figure",
            typed,
            message: `“${typed.text}”是手工输入的数字，与“${match.label}”相同，建议替换为绑定数据`,
            suggestion: { ref: chosen.ref, format: chosen.format, label: chosen.label, text: printed },
          });
        }
      }),
    );
  }
  return out;
}
