/** Approximate advance of a string in ems: CJK full width, ASCII about half. */
export function emWidth(text: string): number {
  return Array.from(text).reduce((s, c) => s + (c <= "~" ? 0.55 : 1), 0);
}

/**
 * Packs title segments into lines that fit `maxEms`, breaking only between segments
 * ("内蒙古自治区2018年" / "政府信息公开工作年度报告"), so a long title never leaves one
 * character on its last line. A segment longer than a line is left to wrap by itself.
 */
export function packTitle(segments: string[], maxEms: number): string[] {
  const lines: string[] = [];
  for (const seg of segments) {
    const last = lines[lines.length - 1];
    if (last !== undefined && emWidth(last + seg) <= maxEms) lines[lines.length - 1] = last + seg;
    else lines.push(seg);
  }
  return lines;
}
