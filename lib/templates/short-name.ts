/** Strips numbering ("（一）", "1.", "其中：") and trailing notes in parentheses from a label. */
export function shortName(label: string): string {
  return label
    .replace(/^(其中：|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)+/, "")
    .replace(/（[^（）]*）$/, "")
    .trim();
}
