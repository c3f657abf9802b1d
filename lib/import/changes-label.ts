import type { ImportPreviewChange } from "@/lib/contracts/import-preview";

/**
 * The heading over an upload's changes. A unit with nothing stored yet has every cell "changed"
 * from 空: that reads as 填入, with how many of them are 0, so two hundred rows of 空 → 0 do not
 * look like two hundred corrections.
 */
export function changesLabel(changes: readonly ImportPreviewChange[]): string {
  if (!changes.length) return "数值与系统中的相同";
  if (changes.some((c) => c.from !== null)) {
    const filled = changes.filter((c) => c.from === null).length;
    return `将要改变的数值（${changes.length} 项${filled ? `，其中 ${filled} 项原为空` : ""}）`;
  }
  const zeros = changes.filter((c) => c.to !== null && Number(c.to) === 0).length;
  return `将要填入的数值（${changes.length} 项${zeros ? `，其中 ${zeros} 项为 0` : ""}）`;
}
