import type { Template } from "../templates/types";
import { parseCellInput, type CellValues } from "../values";
import { computeSums, evaluateRules, missingCells, type ChangeThreshold, type Issue, type OrgAttributes } from "../rules";
import type { ParsedUnitTable } from "./parsed-table";

/** One finding on an uploaded table, at its cells and their places in the file ("填报表!D14"). */
export type ImportMessage = {
  severity: "hard" | "warning";
  cells: string[];
  addresses: string[];
  message: string;
  /** The rule instance of a warning (explanations are keyed by it). */
  key?: string;
};

export type CheckedTable = {
  /** The values as they would be saved: given cells, sums computed where the file leaves them out. */
  values: CellValues;
  messages: ImportMessage[];
  /** The rules' warnings, as the form raises them. */
  warnings: Issue[];
};

export type CheckContext = {
  /** A submitted or approved import needs every official cell; a draft may be incomplete, as the form's. */
  requireComplete: boolean;
  previous?: CellValues | null;
  change?: ChangeThreshold;
  org?: OrgAttributes | null;
};

function placesOf(table: ParsedUnitTable, cells: readonly string[]): string[] {
  return [...new Set(cells.flatMap((c) => table.addresses[c] ?? []))];
}

/**
 * Checks one parsed table the way the form checks what a unit types: every value through the
 * cell's parser, sums computed where the file leaves them out and checked where it gives them,
 * then every rule of the template (org attributes and last year included). Every finding carries
 * the file addresses of its cells, so the preview can say "填报表!D14".
 */
export function checkParsedTable(template: Template, table: ParsedUnitTable, ctx: CheckContext): CheckedTable {
  const messages: ImportMessage[] = table.problems.map((p) => ({
    severity: "hard",
    cells: p.cell ? [p.cell] : [],
    addresses: p.address ? [p.address] : placesOf(table, p.cell ? [p.cell] : []),
    message: p.message,
  }));
  const given: CellValues = {};
  for (const [code, text] of Object.entries(table.values)) {
    const cell = template.cell(code);
    if (!cell) {
      messages.push({ severity: "hard", cells: [code], addresses: placesOf(table, [code]), message: `模板 ${template.name} 中没有单元格 ${code}` });
      continue;
    }
    const r = parseCellInput(text, cell);
    if (!r.ok) messages.push({ severity: "hard", cells: [code], addresses: placesOf(table, [code]), message: `${cell.name}（${code}）：${r.message}` });
    else if (r.value !== null) given[code] = r.value;
  }
  // Sums the file leaves out are computed; sums it gives are checked against their parts by the rules.
  const values: CellValues = { ...computeSums(template, given), ...given };
  if (ctx.requireComplete) {
    const present = new Set(Object.keys(table.values));
    for (const code of missingCells(template, values)) {
      const cell = template.cell(code)!;
      // A cell beyond the official table that the file does not carry is not reported (decision 017).
      if (cell.official || present.has(code)) messages.push({ severity: "hard", cells: [code], addresses: placesOf(table, [code]), message: `${cell.name}（${code}）未填写` });
    }
  }
  const issues = evaluateRules(template, values, { previous: ctx.previous ?? null, change: ctx.change, org: ctx.org ?? null });
  for (const issue of issues) {
    messages.push({ severity: issue.severity, cells: issue.cells, addresses: placesOf(table, issue.cells), message: issue.message, ...(issue.severity === "warning" ? { key: issue.key } : {}) });
  }
  return { values, messages, warnings: issues.filter((i) => i.severity === "warning") };
}
