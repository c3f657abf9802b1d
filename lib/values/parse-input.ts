import { pow10 } from "./decimal";

/** The most a person may type into one cell (before decimals). */
export const MAX_INPUT = 10n ** 12n;

export type CellInputSpec = { scale: number; signed: boolean; unit: string };

export type ParseResult = { ok: true; value: bigint | null } | { ok: false; message: string };

const FULL_WIDTH: Record<string, string> = {
  "，": ",", "．": ".", "。": ".", "－": "-", "−": "-", "—": "-", "＋": "+", "　": " ", "％": "%",
};

/** Full-width digits and punctuation (typed with a Chinese IME) to ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，．。－−—＋　％]/g, (c) => FULL_WIDTH[c] ?? c);
}

/**
 * Parses what a person typed into a cell: full-width digits, thousands separators and
 * surrounding spaces are accepted; blank is "not filled" (null), distinct from 0.
 */
export function parseCellInput(raw: string, spec: CellInputSpec): ParseResult {
  const text = toHalfWidth(raw).trim();
  if (text === "") return { ok: true, value: null };
  const m = /^([+-]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) {
    if (/^[+-]?[\d,]+(\.\d*)?$/.test(text)) return { ok: false, message: "千位分隔符的位置不对，应每三位一个逗号" };
    if (/%$/.test(text)) return { ok: false, message: "请填写数值本身，不要带百分号" };
    return { ok: false, message: `“${raw.trim()}”不是有效的数字` };
  }
  const [, sign = "", intDigits = "", fracDigits = ""] = m;
  const intPart = intDigits.replace(/,/g, "");
  const frac = fracDigits.replace(/0+$/, "");
  if (frac.length > 0 && spec.scale === 0) return { ok: false, message: `该项为整数（单位：${spec.unit}），不能有小数` };
  if (frac.length > spec.scale) return { ok: false, message: `该项最多保留${spec.scale}位小数` };
  const magnitude = BigInt(intPart);
  if (magnitude > MAX_INPUT || (magnitude === MAX_INPUT && frac.length > 0)) {
    return { ok: false, message: "数值超过上限（10000亿），请检查是否多输入了数字" };
  }
  const scaled = magnitude * pow10(spec.scale) + (frac ? BigInt(frac.padEnd(spec.scale, "0")) : 0n);
  const negative = sign === "-" && scaled !== 0n;
  if (negative && !spec.signed) return { ok: false, message: "该项不能为负数" };
  return { ok: true, value: negative ? -scaled : scaled };
}
