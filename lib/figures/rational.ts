import { formatScaled, pow10 } from "../values";

/** n/d rounded half away from zero to `decimals` places, as a scaled integer. */
export function roundDiv(n: bigint, d: bigint, decimals: number): bigint {
  if (d === 0n) throw new RangeError("division by zero");
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an * pow10(decimals) + ad) / (2n * ad);
  return neg ? -q : q;
}

/** "12.12" for 180/1485 (a percentage with trailing zeros kept); null when the base is 0. */
export function percentText(numerator: bigint, denominator: bigint, decimals = 2): string | null {
  if (denominator === 0n) return null;
  return formatScaled(roundDiv(numerator * 100n, denominator, decimals), decimals);
}

/**
 * Whole percents that add up to exactly 100 (largest remainder), for chart labels: 51% / 49%.
 * Ties in the remainder go to the earlier part.
 */
export function wholePercents(parts: bigint[]): number[] {
  const total = parts.reduce((s, p) => s + p, 0n);
  if (total === 0n) return parts.map(() => 0);
  const floors = parts.map((p) => (p * 100n) / total);
  const rems = parts.map((p, i) => ({ i, r: p * 100n - floors[i]! * total }));
  let left = 100n - floors.reduce((s, f) => s + f, 0n);
  rems.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of rems) {
    if (left <= 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors.map(Number);
}

/** Counts of 10,000 or more as 万 with 2 decimals (4223174 → "422.32万"); smaller ones in full. */
export function wanText(value: bigint, scale = 0): string {
  const whole = scale === 0 ? value : roundDiv(value, pow10(scale), 0);
  const abs = whole < 0n ? -whole : whole;
  if (abs < 10000n) return formatScaled(value, scale);
  return formatScaled(roundDiv(value, 10000n * pow10(scale), 2), 2) + "万";
}
