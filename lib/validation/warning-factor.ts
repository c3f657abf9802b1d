/** The year-on-year warning factor k is typed as a decimal ("3", "2.5") and stored exactly as num/den. */
export const WARNING_FACTOR_MAX_DECIMALS = 2;
/** k must be above 1 (k = 1 would flag every change) and at most this. */
export const WARNING_FACTOR_MAX = 100;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * "2.5" → { num: 5, den: 2 }, reduced; null for anything that is not a plain decimal with at
 * most two decimals (no exponent, no sign, no thousands separators).
 */
export function parseWarningFactor(text: string): { num: number; den: number } | null {
  const m = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const decimals = m[2] ?? "";
  const den = 10 ** decimals.length;
  const num = Number(m[1]) * den + Number(decimals || "0");
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** num/den as the decimal it was typed as ("2.5"); a fraction that is no short decimal prints as "10/3". */
export function formatWarningFactor(num: number, den: number): string {
  for (let decimals = 0; decimals <= WARNING_FACTOR_MAX_DECIMALS; decimals++) {
    const scaled = (num * 10 ** decimals) / den;
    if (Number.isInteger(scaled)) return decimals === 0 ? String(scaled) : (scaled / 10 ** decimals).toFixed(decimals);
  }
  return `${num}/${den}`;
}
