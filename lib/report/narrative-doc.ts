import { z } from "zod";

/**
 * The office's narrative of one report as data: its paragraphs by prose-block id (the `prose`
 * blocks of the outline), each a list of inline pieces — typed text, or a bound figure token
 * that prints from the current data — and its wording of the headings the outline lets it
 * reword. Shared by the editor (client), the draft command and the document builder, so the
 * same schema validates all three.
 */

const id = z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "标识只能包含字母、数字、下划线和连字符").max(80);

/**
 * Which part of a figure a token prints. value: a value figure; percent / numerator / denominator:
 * a share (percent also a growth and a split part); change / current / previous: a growth; value /
 * percent of a split part (with `index`); total: a split's total; names / names_values /
 * names_percents: a top-N or rank list.
 */
export const TOKEN_PARTS = [
  "value",
  "percent",
  "numerator",
  "denominator",
  "change",
  "current",
  "previous",
  "total",
  "names",
  "names_values",
  "names_percents",
] as const;
export type TokenPart = (typeof TOKEN_PARTS)[number];

/** What a token shows: one statistics cell of the node by code, or a part of a named figure. */
export const tokenRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cell"), code: z.string().min(1).max(40) }),
  z.object({ kind: z.literal("figure"), figure: id, part: z.enum(TOKEN_PARTS), index: z.number().int().min(0).max(50).optional() }),
]);
export type TokenRef = z.infer<typeof tokenRefSchema>;

/**
 * How a bound figure prints. wan: counts of 10,000 and more as 422.32万 (as the standard sentences
 * print them); plain: every digit. Both carry the figure's unit (422.32万条, 117件); the `-number`
 * formats print the number alone, for text that writes the unit itself.
 */
export const TOKEN_FORMATS = ["wan", "plain", "wan-number", "plain-number"] as const;
export const tokenFormatSchema = z.enum(TOKEN_FORMATS);
export type TokenFormat = z.infer<typeof tokenFormatSchema>;

/** Whether a format prints the figure's unit after the number. */
export const formatCarriesUnit = (format: TokenFormat) => !format.endsWith("-number");
/** Whether a format prints large counts in 万 (422.32万). */
export const formatInWan = (format: TokenFormat) => format.startsWith("wan");

export const MAX_TEXT_PIECE = 5000;
export const MAX_PARAGRAPHS = 200;
export const MAX_PIECES = 400;

export const inlineSchema = z.union([
  z.object({ text: z.string().max(MAX_TEXT_PIECE, `一段文字不能超过 ${MAX_TEXT_PIECE} 字`) }).strict(),
  z.object({ token: tokenRefSchema, format: tokenFormatSchema }).strict(),
]);
export type Inline = z.infer<typeof inlineSchema>;
export type TextPiece = Extract<Inline, { text: string }>;
export type TokenPiece = Extract<Inline, { token: TokenRef }>;

export const paragraphSchema = z.array(inlineSchema).max(MAX_PIECES, `一个段落不能超过 ${MAX_PIECES} 个片段`);
export type Paragraph = z.infer<typeof paragraphSchema>;

export const narrativeDocSchema = z
  .object({
    /** Paragraphs by prose-block id. A block absent has not been written; [] was cleared on purpose. */
    prose: z.record(id, z.array(paragraphSchema).max(MAX_PARAGRAPHS, `一个部分不能超过 ${MAX_PARAGRAPHS} 段`)),
    /** The office's wording of editable headings, by part id. */
    headings: z.record(id, z.string().trim().max(200, "标题不能超过 200 字")),
  })
  .strict();
export type NarrativeDoc = z.infer<typeof narrativeDocSchema>;

export const EMPTY_NARRATIVE: NarrativeDoc = { prose: {}, headings: {} };

export function isToken(p: Inline): p is TokenPiece {
  return "token" in p;
}

/** A stable name of a token (the run's `source`, the key of the editor's catalogue). */
export function tokenKey(ref: TokenRef, format: TokenFormat): string {
  const what = ref.kind === "cell" ? `cell:${ref.code}` : `${ref.figure}.${ref.part}${ref.index === undefined ? "" : `[${ref.index}]`}`;
  return `${what}|${format}`;
}

/** A paragraph's typed text only (tokens left out). */
export function typedText(p: Paragraph): string {
  return p.map((x) => (isToken(x) ? "" : x.text)).join("");
}

/** A paragraph that holds nothing but whitespace. */
export function isBlankParagraph(p: Paragraph): boolean {
  return p.every((x) => !isToken(x) && x.text.trim() === "");
}

/** The written paragraphs of a block (blank ones dropped); undefined when the block was never written. */
export function writtenParagraphs(doc: NarrativeDoc | null | undefined, blockId: string): Paragraph[] | undefined {
  const ps = doc?.prose[blockId];
  return ps?.filter((p) => !isBlankParagraph(p));
}

/** A plain-text narrative (the old shape: paragraphs of text by block) as a NarrativeDoc. */
export function narrativeFromText(prose: Record<string, string[]>, headings: Record<string, string> = {}): NarrativeDoc {
  return { prose: Object.fromEntries(Object.entries(prose).map(([k, ps]) => [k, ps.map((t) => [{ text: t }])])), headings };
}
