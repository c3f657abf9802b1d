import { validateSubmissionImport, IMPORT_EXPLANATION, type CellValues } from "@/lib";
import type { Db } from "../../client";
import { listSubmissionStatuses } from "../../queries/submissions";
import { loadCycleTotals, previousTotalsByCode } from "../../queries/cycle-totals";
import { replaceSubmissions } from "../../mutations/submissions";
import { appendAudit } from "../../mutations/audit";
import { choice, parse, yearOption } from "../args";
import { readCsv, RefusedError, say } from "../io";

export const usage =
  "submissions:import --year Y [--status draft|submitted|approved] FILE.csv\n" +
  "                                 导入填报数据（列：org_code 及各单元格代码）；全部通过才写入";

const STATUSES = ["draft", "submitted", "approved"] as const;

export function run(db: Db, argv: string[]): void {
  const { values, positionals } = parse(argv, { year: { type: "string" }, status: { type: "string" } }, 1);
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
  replaceSubmissions(
    db,
    cycle.id,
    result.items.map((item) => ({
      orgId: item.orgId,
      status,
      values: item.values,
      explanations: item.warnings.map((w) => ({ ruleKey: w.key, text: IMPORT_EXPLANATION })),
    })),
    null,
  );
  const warnings = result.items.reduce((s, i) => s + i.warnings.length, 0);
  appendAudit(db, { action: "submissions.import", username: "cli", targetType: "cycle", targetId: String(cycle.id), detail: { file, year, status, units: result.items.length, warnings } });
  say(`已导入 ${year} 年度 ${result.items.length} 个单位的数据（状态：${status}）。${warnings ? `另有 ${warnings} 条提示性问题，已记为“${IMPORT_EXPLANATION}”。` : ""}`);
}
