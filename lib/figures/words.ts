/** Fills {key} words into a label ("{ownLabel}" → "自治区本级"); unknown keys stay as written. */
export function fillWords(label: string, words: Readonly<Record<string, string>> = {}): string {
  return label.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(words, k) ? words[k]! : m));
}
