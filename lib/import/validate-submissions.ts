import type { Template } from "../templates/types";
import type { CellValues } from "../values";
import { parseCellInput } from "../values";
import { computeSums, evaluateRules, missingCells, type ChangeThreshold, type Issue, type OrgAttributes } from "../rules";
import type { OrgTree } from "../org-tree";
import { isLeaf, leavesUnder } from "../org-tree";

export const ORG_COLUMN = "org_code";

/** The explanation recorded for warnings that arrive through an import (it counts as none). */
export { IMPORT_EXPLANATION } from "../workflow/explained";

export type ImportProblem = { line: number | null; orgCode: string | null; cell: string | null; message: string };

export type ImportItem = { orgId: number; orgCode: string; values: CellValues; warnings: Issue[] };

export type ImportInput = {
  template: Template;
  tree: OrgTree;
  year: number;
  header: string[];
  /** Data rows as read (strings), in file order; line numbers count the header as line 1. */
  rows: string[][];
  targetStatus: "draft" | "submitted" | "approved";
  /** Current status of units that already have a submission in the cycle. */
  existing: Map<number, string>;
  /** Last year's values by unit, where last year used a compatible template. */
  previous?: Map<number, CellValues>;
  change?: ChangeThreshold;
  /** Each unit's organisation attributes (规章制定权 …) for the rules that depend on them. */
  orgAttributes?: Map<number, OrgAttributes>;
  /**
   * The rows are compiling units' own published (compiled) tables, as history for year-on-year
   * only (decision 016): each must be a unit with units below it, none of them approved.
   */
  compiled?: boolean;
};

export type ImportResult = { ok: true; items: ImportItem[] } | { ok: false; problems: ImportProblem[] };

function checkHeader(t: Template, header: string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const p = (message: string, cell: string | null = null) => problems.push({ line: 1, orgCode: null, cell, message });
  if (header[0] !== ORG_COLUMN) p(`第一列应为 ${ORG_COLUMN}（单位代码），实际为“${header[0] ?? ""}”`);
  const seen = new Set<string>();
  for (const col of header.slice(1)) {
    if (seen.has(col)) p(`列 ${col} 重复`, col);
    seen.add(col);
    if (!t.cell(col)) p(`未知的列 ${col}：模板 ${t.id} 中没有这个单元格代码`, col);
  }
  // Cells beyond the official table (2021 F1–F3) may be left out: a published table has none.
  for (const c of t.cells) if (!c.computed && !c.optional && c.official && !seen.has(c.code)) p(`缺少列 ${c.code}（${c.name}）`, c.code);
  return problems;
}

/** Where a row's unit is refused for this kind of import; null when it may be imported. */
function unitRefusal(input: ImportInput, orgId: number, name: string, code: string): string | null {
  const leaf = isLeaf(input.tree, orgId);
  if (!input.compiled) return leaf ? null : `${name}（${code}）汇总下级单位的数据，不能直接导入，请导入其下级单位`;
  if (leaf) return `${name}（${code}）没有下级单位，不是汇总单位：其数据请不带 --compiled 导入`;
  const approvedBelow = leavesUnder(input.tree, orgId).some((l) => input.existing.get(l.orgId) === "approved");
  return approvedBelow ? `${name}（${code}）的下级单位已有审核通过的数据，其汇总结果由系统汇总得出，不能再导入已发布的汇总表` : null;
}

/**
 * Checks a whole import before anything is written: unknown units or columns, values that do
 * not parse, blank required cells and broken hard rules are all collected, so the file can be
 * fixed in one pass. Sum columns, when present, are checked against their parts.
 */
export function validateSubmissionImport(input: ImportInput): ImportResult {
  const { template: t, tree } = input;
  const problems = checkHeader(t, input.header);
  if (problems.length) return { ok: false, problems };
  const items: ImportItem[] = [];
  const seenOrgs = new Map<string, number>();
  const columns = new Set(input.header.slice(1));
  input.rows.forEach((row, i) => {
    const line = i + 2;
    const orgCode = (row[0] ?? "").trim();
    const p = (message: string, cell: string | null = null) => problems.push({ line, orgCode, cell, message });
    if (row.length !== input.header.length) return p(`该行有 ${row.length} 列，表头有 ${input.header.length} 列`);
    const org = tree.byCode.get(orgCode);
    if (!org) return p(`单位代码 ${orgCode || "（空）"} 不在 ${input.year} 年度的单位名册中`);
    const refused = unitRefusal(input, org.orgId, org.name, orgCode);
    if (refused) return p(refused);
    if (seenOrgs.has(orgCode)) return p(`单位 ${orgCode} 在第 ${seenOrgs.get(orgCode)} 行已出现`);
    seenOrgs.set(orgCode, line);
    const status = input.existing.get(org.orgId);
    if (status === "approved" && input.targetStatus !== "approved") {
      p(`${org.name}（${orgCode}）的数据已审核通过，不能覆盖（导入历史数据请使用 --status approved）`);
    }
    const given: CellValues = {};
    let parsedAll = true;
    input.header.slice(1).forEach((code, j) => {
      const cell = t.cell(code)!;
      const r = parseCellInput(row[j + 1] ?? "", cell);
      if (!r.ok) {
        parsedAll = false;
        p(`${cell.name}（${code}）：${r.message}`, code);
      } else if (r.value !== null) given[code] = r.value;
    });
    if (!parsedAll) return;
    // Sums the file leaves out are computed; sums it carries are checked against their parts.
    const computed = computeSums(t, given);
    const values: CellValues = { ...computed, ...given };
    // A cell beyond the official table whose column the file leaves out is not reported (blank, never 0).
    for (const code of missingCells(t, values)) if (t.cell(code)!.official || columns.has(code)) p(`${t.cell(code)!.name}（${code}）未填写`, code);
    const issues = evaluateRules(t, values, { previous: input.previous?.get(org.orgId) ?? null, change: input.change, org: input.orgAttributes?.get(org.orgId) ?? null });
    for (const issue of issues.filter((x) => x.severity === "hard")) p(issue.message, issue.cells[0] ?? null);
    items.push({ orgId: org.orgId, orgCode, values, warnings: issues.filter((x) => x.severity === "warning") });
  });
  return problems.length ? { ok: false, problems } : { ok: true, items };
}
