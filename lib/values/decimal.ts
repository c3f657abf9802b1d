/**
 * Exact decimal values as scaled integers: 745.45 at scale 2 is 74545n.
 * Counts are scale 0. Nothing here ever goes through a float.
 */

/** 10^n as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Prints a scaled integer with exactly `scale` decimals, optionally grouping thousands. */
export function formatScaled(value: bigint, scale: number, grouping = false): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const digits = abs.toString().padStart(scale + 1, "0");
  const intPart = digits.slice(0, digits.length - scale);
  const fracPart = digits.slice(digits.length - scale);
  const grouped = grouping ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : intPart;
  return (negative ? "-" : "") + grouped + (scale > 0 ? "." + fracPart : "");
}

/** Reads a plain decimal string ("745.45", "-3", "0.5") at the given scale; null if not exact. */
export function parseScaled(text: string, scale: number): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const [, sign, intPart = "", frac = ""] = m;
  const trimmed = frac.replace(/0+$/, "");
  if (trimmed.length > scale) return null;
  const v = BigInt(intPart + trimmed.padEnd(scale, "0"));
  return sign === "-" ? -v : v;
}

/** Brings a value from one scale to a larger one. */
export function rescale(value: bigint, from: number, to: number): bigint {
  if (to < from) throw new RangeError(`cannot rescale from ${from} down to ${to} exactly`);
  return value * pow10(to - from);
}
