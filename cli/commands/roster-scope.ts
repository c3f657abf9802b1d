import type { Db } from "../../db/client";
import { setRosterScope } from "../../server/cycles/set-roster-scope";
import { ROSTER_COVERAGES } from "../../lib/report/coverage";
import { choice, parse, yearOption } from "../args";
import { runAsConsole } from "../console";
import { say, UsageError } from "../io";

export const usage =
  "roster:scope --year Y --org CODE [--coverage area|own|both] [--in-sums 1|0]\n" +
  "                                 设置某单位在该年度的报告范围（area 全域 / own 本级：本级政府及其部门 / both 两份报告）\n" +
  "                                 和是否计入上级汇总（垂直管理单位默认不计入）";

/** The office's per-cycle choice for one unit, through the app's command (same rules, audited). */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { year: { type: "string" }, org: { type: "string" }, coverage: { type: "string" }, "in-sums": { type: "string" } }, 0);
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  const coverage = values.coverage === undefined ? undefined : choice("coverage", values.coverage, ROSTER_COVERAGES, "area");
  const inSumsText = values["in-sums"] === undefined ? undefined : choice("in-sums", values["in-sums"], ["1", "0"] as const, "1");
  if (coverage === undefined && inSumsText === undefined) throw new UsageError("请给出 --coverage 或 --in-sums");
  const r = await runAsConsole(db, setRosterScope, { year, orgCode: values.org, coverage, inSums: inSumsText === undefined ? undefined : inSumsText === "1" });
  say(`${year} 年度 ${r.name}（${r.orgCode}）：报告范围 ${{ area: "全域", own: "本级", both: "全域和本级（两份报告）" }[r.coverage]}，${r.inSums ? "计入" : "不计入"}上级汇总。`);
}
