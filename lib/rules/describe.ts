import type { ExpandedTerm, Template } from "../templates/types";

function commonSuffix(names: string[]): string {
  let s = names[0] ?? "";
  for (const n of names) while (!n.endsWith(s)) s = s.slice(1);
  return s;
}

function commonPrefix(names: string[]): string {
  let p = names[0] ?? "";
  for (const n of names) while (!n.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/**
 * Names a sum of cells the way a person would: "当面、传真、网络、信函申请数之和",
 * "自然人·予以公开、部分公开…之和", or "甲减乙" when signs differ.
 */
export function describeTerms(template: Template, terms: ExpandedTerm[]): string {
  const named = terms.map((t) => {
    const cell = template.cell(t.cell);
    const base = (t.year === "previous" ? "上年" : "") + (cell?.name ?? t.cell);
    return { ...t, base };
  });
  if (named.length === 1) {
    const [t] = named as [(typeof named)[number]];
    const abs = t.coef < 0n ? -t.coef : t.coef;
    return `${t.coef < 0n ? "负的" : ""}${t.base}（${t.cell}）${abs === 1n ? "" : `的${abs}倍`}`;
  }
  const simple = named.every((t) => t.coef === 1n);
  if (simple) {
    const names = named.map((t) => t.base);
    const prefix = commonPrefix(names);
    if (prefix.endsWith("·") && names.every((n) => n.length > prefix.length)) {
      return `${prefix}${names.map((n) => n.slice(prefix.length)).join("、")}之和`;
    }
    let suffix = commonSuffix(names);
    // Each remaining head must be a word of its own (专职、兼职人员数, not 专、兼职人员数).
    while (suffix && names.some((n) => n.length - suffix.length < 2)) suffix = suffix.slice(1);
    if (suffix.length >= 2) return `${names.map((n) => n.slice(0, n.length - suffix.length)).join("、")}${suffix}之和`;
    return `${names.join("、")}之和`;
  }
  return named
    .map((t, i) => {
      const abs = t.coef < 0n ? -t.coef : t.coef;
      const word = i === 0 ? (t.coef < 0n ? "负的" : "") : t.coef < 0n ? "减" : "加";
      return `${word}${t.base}${abs === 1n ? "" : `的${abs}倍`}`;
    })
    .join("");
}
