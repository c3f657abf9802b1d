import { z } from "zod";
import { evaluateRules, IMPORT_EXPLANATION, lineValues, predecessorLine, validateSubmissionImport, type CellValues, type ImportProblem, type Issue, type OrgAttributes } from "@/lib";
import { compiledResultsOfApproved } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import type { Db } from "@/db/client";
import { replaceSubmissions, type ReplaceSubmissionItem } from "@/db/mutations/submissions";
import { listSubmissionStatuses, listSubmissionValues } from "@/db/queries/submissions";
import { listOrganisations, listRuleMaking } from "@/db/queries/orgs";
import { defineCommand } from "../kernel/command";
import { CommandError } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { loadCycleTotals, previousTotalsByCode, type CycleTotals } from "./cycle-totals";

export const IMPORT_STATUSES = ["draft", "submitted", "approved"] as const;

/** A decoded submissions file (CSV: `org_code` then one column per cell code); checking it is this command's job. */
export const importSubmissionsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  status: z.enum(IMPORT_STATUSES),
  /** Recorded as the explanation of every warning (default “导入时未说明”). */
  explanation: z.string().trim().max(2000, "说明不能超过 2000 个字").optional(),
  /** The file's name, for the audit log. */
  file: z.string().max(1000).optional(),
  /**
   * The rows are compiling units' own published (compiled) tables: history for year-on-year only,
   * never summed (decision 016). Approved only.
   */
  compiled: z.boolean().optional(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type ImportSubmissionsInput = z.input<typeof importSubmissionsSchema>;

/** A warning recorded with the import's explanation: which unit, which cells, what it says. */
export type ImportedWarning = { orgCode: string; cells: string[]; message: string };

export type ImportSubmissionsResult = {
  units: number;
  warnings: number;
  /** Every warning recorded, the imported units' first, then the compiled results'. */
  warningList: ImportedWarning[];
  explanation: string;
  /** The compiled results approved with an approved import (decision 011). */
  compiled: { code: string; name: string }[];
};

/** One problem as a line: 第N行 单位 CODE 单元格 CELL message. */
function problemLine(p: ImportProblem): string {
  return [p.line ? `第${p.line}行` : "", p.orgCode ? `单位 ${p.orgCode}` : "", p.cell ? `单元格 ${p.cell}` : "", p.message].filter(Boolean).join(" ");
}

function sameValues(a: CellValues | undefined, b: CellValues): boolean {
  if (!a) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * With an approved import: the compiled results of compiling nodes whose direct children are all
 * approved once this import is written (decision 011), as approved submissions. A compiled
 * result already approved with the same values is left as it is.
 */
export function compiledItems(
  db: Db,
  loaded: CycleTotals,
  items: ReplaceSubmissionItem[],
  previous: Map<number, CellValues>,
  explanation: string,
  orgAttributes: Map<number, OrgAttributes>,
): { item: ReplaceSubmissionItem; warnings: Issue[] }[] {
  const statuses = listSubmissionStatuses(db, loaded.cycle.id);
  const approved = new Map(listSubmissionValues(db, loaded.cycle.id, ["approved"]).map((s) => [s.orgId, s.values]));
  for (const item of items) {
    statuses.set(item.orgId, "approved");
    approved.set(item.orgId, item.values);
  }
  const change = changeThreshold(loaded.cycle);
  return compiledResultsOfApproved(loaded.tree, statuses, approved)
    .filter((c) => !(statuses.get(c.orgId) === "approved" && sameValues(approved.get(c.orgId), c.values)))
    .map((c) => {
      const warnings = evaluateRules(loaded.template, c.values, { previous: previous.get(c.orgId) ?? null, change, org: orgAttributes.get(c.orgId) }).filter((i) => i.severity === "warning");
      return { item: { orgId: c.orgId, status: "approved" as const, values: c.values, explanations: warnings.map((w) => ({ ruleKey: w.key, text: explanation })) }, warnings };
    });
}

/**
 * Imports the statistics of many leaf units at once (history, demo data; the console's
 * `submissions:import`): all or nothing. Unknown units or columns, unparseable values, blank
 * required cells, broken hard rules and units whose status forbids the import refuse the whole
 * file, listing every problem (422, one line per problem in `fieldErrors.rows`). Warnings are
 * recorded with `explanation`. A re-import replaces a unit's values as a new version. With
 * status approved, compiling units whose children are then all approved get their compiled
 * result approved too, so the level above counts them.
 */
export const importSubmissions = defineCommand({
  name: "submissions.import",
  schema: importSubmissionsSchema,
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx): ImportSubmissionsResult {
    const { db } = ctx;
    const explanation = input.explanation || IMPORT_EXPLANATION;
    const loaded = loadCycleTotals(db, input.year);
    if (!loaded) throw new CommandError(404, `${input.year} 年度的填报周期不存在，请先运行 cycle:create`);
    const { cycle, template, tree } = loaded;
    const prevByCode = previousTotalsByCode(db, loaded);
    const previous = new Map<number, CellValues>();
    if (prevByCode) {
      // Last year of a unit's line: itself and the units it took over (merges), summed.
      const orgs = listOrganisations(db);
      const predecessorOf = new Map(orgs.map((o) => [o.id, o.predecessorId]));
      const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
      for (const n of tree.nodes.values()) {
        const codes = new Set([n.code, ...predecessorLine(n.orgId, (id) => predecessorOf.get(id)).flatMap((id) => codeOf.get(id) ?? [])]);
        const members = [...codes].map((c) => prevByCode.get(c)).filter((v): v is CellValues => v !== undefined);
        // A unit counted last year has totals; one that was not has none (not approved).
        const v = lineValues(members.map((values) => ({ status: Object.keys(values).length ? "approved" : null, values })));
        if (v && Object.keys(v).length) previous.set(n.orgId, v);
      }
    }
    if (input.compiled && input.status !== "approved") {
      throw new CommandError(422, "汇总单位已发布的汇总表（--compiled）只作为历史数据导入，状态只能是 approved");
    }
    const ruleMaking = listRuleMaking(db);
    const orgAttributes = new Map([...tree.nodes.keys()].map((id) => [id, { rule_making: ruleMaking.get(id) ?? false }]));
    return atomically(db, () => {
      const result = validateSubmissionImport({
        compiled: input.compiled,
        orgAttributes,
        template,
        tree,
        year: input.year,
        header: input.header,
        rows: input.rows,
        targetStatus: input.status,
        existing: listSubmissionStatuses(db, cycle.id),
        previous,
        change: changeThreshold(cycle),
      });
      if (!result.ok) {
        throw new CommandError(422, `发现 ${result.problems.length} 处问题，未导入任何数据：`, { rows: result.problems.map(problemLine) });
      }
      const items: ReplaceSubmissionItem[] = result.items.map((item) => ({
        orgId: item.orgId,
        status: input.status,
        values: item.values,
        explanations: item.warnings.map((w) => ({ ruleKey: w.key, text: explanation })),
      }));
      const compiled = input.status === "approved" && !input.compiled ? compiledItems(db, loaded, items, previous, explanation, orgAttributes) : [];
      replaceSubmissions(db, cycle.id, [...items, ...compiled.map((c) => c.item)], ctx.user.id, ctx.now);
      const codeOf = (orgId: number) => tree.nodes.get(orgId)!.code;
      const warningList: ImportedWarning[] = [
        ...result.items.flatMap((i) => i.warnings.map((w) => ({ orgCode: i.orgCode, cells: w.cells, message: w.message }))),
        ...compiled.flatMap((c) => c.warnings.map((w) => ({ orgCode: codeOf(c.item.orgId), cells: w.cells, message: w.message }))),
      ];
      const warnings = result.items.reduce((s, i) => s + i.warnings.length, 0);
      const compiledUnits = compiled.map((c) => ({ code: codeOf(c.item.orgId), name: tree.nodes.get(c.item.orgId)!.name }));
      ctx.audit({
        action: "submissions.import",
        targetType: "cycle",
        targetId: input.year,
        detail: { file: input.file ?? null, year: input.year, status: input.status, ...(input.compiled ? { compiledHistory: true } : {}), units: result.items.length, warnings, compiled: compiledUnits.map((c) => c.code) },
      });
      return { units: result.items.length, warnings, warningList, explanation, compiled: compiledUnits };
    });
  },
});
