import { evaluateRules, validateSubmissionImport, IMPORT_EXPLANATION, type CellValues } from "@/lib";
import { compiledResultsOfApproved } from "@/lib/workflow";
import type { Db } from "../../db/client";
import { listSubmissionStatuses, listSubmissionValues } from "../../db/queries/submissions";
import { loadCycleTotals, previousTotalsByCode } from "../../server/stats/cycle-totals";
import { replaceSubmissions, type ReplaceSubmissionItem } from "../../db/mutations/submissions";
import { appendAudit } from "../../db/mutations/audit";
import { choice, parse, yearOption } from "../args";
import { readCsv, RefusedError, say } from "../io";

export const usage =
  "submissions:import --year Y [--status draft|submitted|approved] [--explanation TEXT] FILE.csv\n" +
  "                                 导入填报数据（列：org_code 及各单元格代码）；全部通过才写入。\n" +
  "                                 --status approved（导入历史数据）时，下级单位全部通过的汇总单位\n" +
  "                                 （如包头市）的汇总结果也一并记为已通过，上级合计才计入其下级数据。\n" +
  "                                 提示性问题的说明记为 --explanation 的文字（默认“导入时未说明”）";

const STATUSES = ["draft", "submitted", "approved"] as const;

export function run(db: Db, argv: string[]): void {
  const { values, positionals } = parse(argv, { year: { type: "string" }, status: { type: "string" }, explanation: { type: "string" } }, 1);
  const explanation = values.explanation?.trim() || IMPORT_EXPLANATION;
  const year = yearOption(values.year);
  const status = choice("status", values.status, STATUSES, "submitted");
  const file = positionals[0]!;
  const loaded = loadCycleTotals(db, year);
  if (!loaded) throw new RefusedError(`${year} 年度的填报周期不存在，请先运行 cycle:create`);
  const { cycle, template, tree } = loaded;
  const { header, rows } = readCsv(file);
  const prevByCode = previousTotalsByCode(db, loaded);
  const previous = new Map<number, CellValues>();
  if (prevByCode) for (const n of tree.nodes.values()) {
    const v = prevByCode.get(n.code);
    if (v && Object.keys(v).length) previous.set(n.orgId, v);
  }
  const result = validateSubmissionImport({
    template,
    tree,
    year,
    header,
    rows,
    targetStatus: status,
    existing: listSubmissionStatuses(db, cycle.id),
    previous,
    change: { factorNum: BigInt(cycle.warningFactorNum), factorDen: BigInt(cycle.warningFactorDen), minimum: BigInt(cycle.warningMinimum) },
  });
  if (!result.ok) {
    throw new RefusedError(
      `发现 ${result.problems.length} 处问题，未导入任何数据：`,
      result.problems.map((p) => [p.line ? `第${p.line}行` : "", p.orgCode ? `单位 ${p.orgCode}` : "", p.cell ? `单元格 ${p.cell}` : "", p.message].filter(Boolean).join(" ")),
    );
  }
  const items: ReplaceSubmissionItem[] = result.items.map((item) => ({
    orgId: item.orgId,
    status,
    values: item.values,
    explanations: item.warnings.map((w) => ({ ruleKey: w.key, text: explanation })),
  }));
  const compiled = status === "approved" ? compiledItems(db, loaded.cycle.id, loaded, items, previous, explanation) : [];
  replaceSubmissions(db, cycle.id, [...items, ...compiled], null);
  const warnings = result.items.reduce((s, i) => s + i.warnings.length, 0);
  const compiledCodes = compiled.map((c) => tree.nodes.get(c.orgId)!.code);
  appendAudit(db, {
    action: "submissions.import",
    username: "cli",
    targetType: "cycle",
    targetId: String(cycle.id),
    detail: { file, year, status, units: result.items.length, warnings, compiled: compiledCodes },
  });
  say(`已导入 ${year} 年度 ${result.items.length} 个单位的数据（状态：${status}）。${warnings ? `另有 ${warnings} 条提示性问题，已记为“${explanation}”。` : ""}`);
  if (compiled.length) {
    say(`下级单位已全部通过的 ${compiled.length} 个汇总单位的汇总结果已记为已通过：${compiled.map((c) => tree.nodes.get(c.orgId)!.name).join("、")}。`);
  }
}

/**
 * With --status approved: the compiled results of compiling nodes whose direct children are all
 * approved once this import is written (decision 011), as approved submissions. A compiled
 * result already approved with the same values is left as it is.
 */
function compiledItems(
  db: Db,
  cycleId: number,
  loaded: NonNullable<ReturnType<typeof loadCycleTotals>>,
  items: ReplaceSubmissionItem[],
  previous: Map<number, CellValues>,
  explanation: string,
): ReplaceSubmissionItem[] {
  const statuses = listSubmissionStatuses(db, cycleId);
  const approved = new Map(listSubmissionValues(db, cycleId, ["approved"]).map((s) => [s.orgId, s.values]));
  for (const item of items) {
    statuses.set(item.orgId, "approved");
    approved.set(item.orgId, item.values);
  }
  const { template, cycle } = loaded;
  const change = { factorNum: BigInt(cycle.warningFactorNum), factorDen: BigInt(cycle.warningFactorDen), minimum: BigInt(cycle.warningMinimum) };
  return compiledResultsOfApproved(loaded.tree, statuses, approved)
    .filter((c) => !(statuses.get(c.orgId) === "approved" && sameValues(approved.get(c.orgId), c.values)))
    .map((c) => {
      const warnings = evaluateRules(template, c.values, { previous: previous.get(c.orgId) ?? null, change }).filter((i) => i.severity === "warning");
      return { orgId: c.orgId, status: "approved" as const, values: c.values, explanations: warnings.map((w) => ({ ruleKey: w.key, text: explanation })) };
    });
}

function sameValues(a: CellValues | undefined, b: CellValues): boolean {
  if (!a) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
