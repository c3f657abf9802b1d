/**
 * Chinese line breaking with 避头尾 (kinsoku): text is cut into units a line may break
 * between. Closing punctuation joins the unit before it (no line starts with "，"), opening
 * punctuation joins the unit after it (no line ends with "（"), and runs of ASCII letters,
 * digits and signs stay whole ("12,345.67", "32.76%", "http://www.nmg.gov.cn").
 */

/** May not start a line. Dashes and ellipses are here too so that "——" and "……" never split. */
export const CLOSING = new Set(Array.from("，。、；：？！）》」』】〕〉］｝”’%％．—…"));
/** May not end a line. */
export const OPENING = new Set(Array.from("（《「『【〔〈［｛“‘"));

const isAsciiWordChar = (c: string) => c >= "!" && c <= "~";

export function breakUnits(text: string): string[] {
  const chars = Array.from(text);
  const units: string[] = [];
  let opening = "";
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (OPENING.has(c)) {
      opening += c;
      i += 1;
    } else if (CLOSING.has(c) && (opening || units.length)) {
      if (opening) opening += c;
      else units[units.length - 1] += c;
      i += 1;
    } else {
      let j = i + 1;
      if (isAsciiWordChar(c)) while (j < chars.length && isAsciiWordChar(chars[j]!)) j += 1;
      units.push(opening + chars.slice(i, j).join(""));
      opening = "";
      i = j;
    }
  }
  if (opening) {
    if (units.length) units[units.length - 1] += opening;
    else units.push(opening);
  }
  return units;
}

/**
 * For react-pdf's Font.registerHyphenationCallback: the units with an empty string after
 * each, which the layout treats as a break point that adds no hyphen.
 */
export function hyphenationCallback(word: string): string[] {
  return breakUnits(word).flatMap((u) => [u, ""]);
}
