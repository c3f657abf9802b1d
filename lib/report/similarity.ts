import { isToken, type NarrativeDoc } from "./narrative-doc";

/**
 * Copied reports: evaluators flag a report whose text is mostly another's (last year's own, or
 * another unit's of the same year). What is compared is the office's WRITTEN prose only: the
 * standard sentences are the same template for every unit and would make every report look
 * alike. A bound figure counts as one placeholder character, so a copy with other numbers is
 * still a copy. The measure is the Dice coefficient of the two texts' character bigrams (as
 * multisets): order-insensitive beyond two characters, which suits Chinese (no word spaces),
 * cheap (linear), deterministic and symmetric; 1 for the same text, 0 when no bigram is shared.
 */

/** Above this share a report is flagged (the default). */
export const SIMILARITY_THRESHOLD = 0.8;

/** Reports with less written text than this are not compared (a sentence or two is not a copy). */
export const MIN_WRITTEN_CHARS = 40;

/** How a bound figure appears in the compared text. */
export const TOKEN_MARK = "〔数〕";

/** The written prose of a narrative as one text: paragraphs in block order (the given order first), one per line. */
export function narrativeText(doc: NarrativeDoc, blockOrder: readonly string[] = []): string {
  const ids = [...blockOrder.filter((id) => doc.prose[id]), ...Object.keys(doc.prose).filter((id) => !blockOrder.includes(id)).sort()];
  return ids
    .flatMap((id) => doc.prose[id]!.map((p) => p.map((x) => (isToken(x) ? TOKEN_MARK : x.text)).join("").trim()))
    .filter((p) => p !== "")
    .join("\n");
}

/** The text without whitespace, as an array of code points. */
function chars(text: string): string[] {
  return Array.from(text.replace(/\s+/gu, ""));
}

function grams(cs: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= cs.length; i++) {
    const g = cs.slice(i, i + n).join("");
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Bigram Dice similarity in [0, 1]; two empty texts are 0 (nothing written is not a copy). */
export function textSimilarity(a: string, b: string): number {
  const ca = chars(a);
  const cb = chars(b);
  if (ca.length === 0 || cb.length === 0) return 0;
  if (ca.join("") === cb.join("")) return 1;
  // A one-character text has no bigram: compare characters instead.
  const n = ca.length < 2 || cb.length < 2 ? 1 : 2;
  const ga = grams(ca, n);
  const gb = grams(cb, n);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

export type SimilarReport<K> = { key: K; label: string; ratio: number; text: string };

/**
 * The compared reports at or above the threshold, most similar first (ties by label). Either
 * side with less than MIN_WRITTEN_CHARS of written text is not compared.
 */
export function similarReports<K>(
  mine: string,
  others: readonly { key: K; label: string; text: string }[],
  threshold = SIMILARITY_THRESHOLD,
): SimilarReport<K>[] {
  if (chars(mine).length < MIN_WRITTEN_CHARS) return [];
  return others
    .filter((o) => chars(o.text).length >= MIN_WRITTEN_CHARS)
    .map((o) => ({ ...o, ratio: textSimilarity(mine, o.text) }))
    .filter((o) => o.ratio >= threshold)
    .sort((x, y) => y.ratio - x.ratio || x.label.localeCompare(y.label, "zh-CN"));
}
