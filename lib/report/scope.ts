/**
 * How sentences name the whole a report covers: "全区" for 内蒙古自治区, "全市" for 包头市,
 * "全盟" for 兴安盟; a unit reporting only for itself is "本机关".
 */
export function defaultScope(unitName: string, compiles: boolean): string {
  if (!compiles) return "本机关";
  const m = /(自治区|自治州|自治县|特别行政区|省|市|区|盟|州|旗|县)$/.exec(unitName);
  if (!m) return "全系统";
  const suffix = m[1]!;
  return "全" + (suffix === "自治区" || suffix === "特别行政区" ? "区" : suffix.startsWith("自治") ? suffix.slice(-1) : suffix);
}
