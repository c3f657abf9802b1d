import type { Db } from "../../db/client";
import { listCycleSummaries } from "../../server/cycles/list";
import { choice, parse } from "../args";
import { out, say } from "../io";

export const usage =
  "cycles [--format text|json]      列出全部填报周期（由早到晚）：模板、名称、名册单位数、已审核通过单位数\n" +
  "                                 （json：每行一个对象 {year,template,label,units,approved}）";

export function run(db: Db, argv: string[]): void {
  const { values } = parse(argv, { format: { type: "string" } }, 0);
  const format = choice("format", values.format, ["text", "json"] as const, "text");
  const cycles = listCycleSummaries(db);
  if (format === "json") {
    out(cycles.map((c) => JSON.stringify({ year: c.year, template: c.templateId, label: c.label, units: c.units, approved: c.approved }) + "\n").join(""));
    return;
  }
  if (!cycles.length) {
    say("尚无填报周期。");
    return;
  }
  out(
    cycles
      .map((c) => `${c.label ?? `${c.year}年度`}  模板 ${c.templateId}（${c.templateName}）  名册 ${c.units} 个单位，已审核通过 ${c.approved} 个\n`)
      .join(""),
  );
}
