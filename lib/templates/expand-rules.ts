import type { RuleDef, Term } from "./schema";
import type { CellInfo, ExpandedRule, ExpandedTerm, TableLayout } from "./types";

function substitute(terms: Term[], key: string | null, placeholder: string): ExpandedTerm[] {
  return terms.map((t) => ({
    cell: key === null ? t.cell : t.cell.replaceAll(placeholder, key),
    coef: BigInt(t.coef ?? 1),
    year: t.year ?? "current",
  }));
}

/** Expands each rule over the rows / columns it names and checks every cell it refers to exists. */
export function expandRules(
  rules: RuleDef[],
  tables: Map<string, TableLayout>,
  cells: Map<string, CellInfo>,
): ExpandedRule[] {
  const out: ExpandedRule[] = [];
  for (const rule of rules) {
    let keys: (string | null)[] = [null];
    let placeholder = "";
    if (rule.forEach) {
      const table = tables.get(rule.forEach.table);
      if (!table) throw new Error(`模板错误：规则 ${rule.id} 引用了不存在的表 ${rule.forEach.table}`);
      const all = rule.forEach.over === "rows" ? table.rowCodes : table.columnCodes;
      keys = rule.forEach.only ?? all;
      placeholder = rule.forEach.over === "rows" ? "{row}" : "{col}";
    }
    for (const k of keys) {
      const common = {
        key: k === null ? rule.id : `${rule.id}[${k}]`,
        ruleId: rule.id,
        severity: rule.severity,
        label: rule.label,
        ...(rule.unlessOrg ? { unlessOrg: rule.unlessOrg } : {}),
      };
      let expanded: ExpandedRule;
      if (rule.kind === "linear") {
        expanded = {
          ...common,
          kind: "linear",
          lhs: substitute(rule.lhs, k, placeholder),
          op: rule.op,
          rhs: substitute(rule.rhs, k, placeholder),
          computes: rule.computes ?? false,
          whenPreviousMissing: rule.whenPreviousMissing ?? "skip",
        };
        if (expanded.computes) {
          const [target, ...more] = expanded.lhs;
          const ok = target && more.length === 0 && expanded.rhs.length > 0 && target.coef === 1n && target.year === "current" && expanded.op === "=" &&
            expanded.rhs.every((t) => t.year === "current");
          if (!ok) throw new Error(`模板错误：合计规则 ${common.key} 的左边必须是本年的单个单元格`);
        }
      } else if (rule.kind === "implies") {
        expanded = { ...common, kind: "implies", when: substitute(rule.when, k, placeholder), then: substitute(rule.then, k, placeholder) };
      } else {
        expanded = { ...common, kind: "change", cells: rule.cells ?? [] };
      }
      const refs =
        expanded.kind === "linear" ? [...expanded.lhs, ...expanded.rhs].map((t) => t.cell)
        : expanded.kind === "implies" ? [...expanded.when, ...expanded.then].map((t) => t.cell)
        : expanded.cells;
      const unknown = refs.filter((c) => !cells.has(c));
      if (unknown.length) throw new Error(`模板错误：规则 ${common.key} 引用了不存在的单元格 ${unknown.join("、")}`);
      out.push(expanded);
    }
  }
  return out;
}
