/**
 * Last year's announced measures (part 五's 改进措施 / 下一步工作打算) as a checklist to report
 * on this year: each paragraph cut at its enumerations (一是…二是…, （一）, 1.) and sentences,
 * the lead-in ("下一步，我们将：") and the enumerators dropped. Shown beside the editor, never
 * put into this year's text: copied text would be last year's words, not this year's report.
 */

const CN_NUM = "一二三四五六七八九十";
/** An enumerator at the start of an item. */
const ENUMERATOR = new RegExp(`^(?:[${CN_NUM}]+是|（[${CN_NUM}\\d]+）|\\(\\d+\\)|[${CN_NUM}]+、|\\d+[、．.](?!\\d))\\s*`);
/** Where an item starts inside a paragraph: after a sentence, or before an enumerator that follows punctuation. */
const CUT = new RegExp(`(?<=[。；;！？])|(?<=[，,：:\\s])(?=[${CN_NUM}]+是)|(?=（[${CN_NUM}]+）)|(?<=[。；;：:\\s])(?=\\d+[、．.](?!\\d))`);

/** The items of last year's paragraphs, in order, each without its enumerator and closing mark. */
export function measureItems(paragraphs: string[]): string[] {
  const items: string[] = [];
  for (const p of paragraphs) {
    for (const piece of p.replace(/\s+/g, " ").trim().split(CUT)) {
      const text = piece.trim().replace(ENUMERATOR, "").replace(/^[，,；;、\s]+/, "").trim();
      // A lead-in ("下一步，我们将重点做好以下工作：") announces items; it is not one.
      if (/[：:]$/.test(text)) continue;
      const item = text.replace(/[。；;，,\s]+$/, "");
      if ([...item].length >= 4) items.push(item);
    }
  }
  return items;
}
