import { isTemplateId, templateIds } from "@/lib/templates";
import { isIsoDay } from "@/lib/time";
import { DEADLINE_KINDS, DEADLINE_PURPOSES, type DeadlineKind, type DeadlinePurpose } from "@/lib/validation/cycle-deadlines";
import type { Db } from "../../db/client";
import { createCycle } from "../../server/cycles/create";
import { parse, yearOption } from "../args";
import { runAsConsole } from "../console";
import { say, UsageError } from "../io";

export const usage =
  "cycle:create --year Y --template ID [--label 名称] [--deadline 类别.用途=YYYY-MM-DD]… [--prereview on|off]\n" +
  "                                 建立年度填报周期（以当前单位树为本年度名册）；--label 为界面显示的周期名称\n" +
  "                                 （如演示周期），--deadline 设期限，类别 department|league_city|county，用途 submit|publish；\n" +
  "                                 --prereview off 不要求报告预审（默认开启：各单位报告须经上级预审后签发）";

/** "county.submit=2020-03-31" → ["county", "submit", "2020-03-31"]. */
function deadlineOption(text: string): [DeadlineKind, DeadlinePurpose, string] {
  const [key = "", day = ""] = text.split("=", 2).map((s) => s.trim());
  const [kind, purpose] = key.split(".");
  if (!(DEADLINE_KINDS as readonly string[]).includes(kind ?? "") || !(DEADLINE_PURPOSES as readonly string[]).includes(purpose ?? "") || !isIsoDay(day)) {
    throw new UsageError(`--deadline 应为 类别.用途=YYYY-MM-DD（类别 ${DEADLINE_KINDS.join("|")}，用途 ${DEADLINE_PURPOSES.join("|")}）：${text}`);
  }
  return [kind as DeadlineKind, purpose as DeadlinePurpose, day];
}

/** The cycle is opened by the app's command (server/cycles/create.ts): same schema, rules and audit entry. */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { year: { type: "string" }, template: { type: "string" }, label: { type: "string" }, deadline: { type: "string", multiple: true }, prereview: { type: "string" } }, 0);
  if (values.prereview !== undefined && values.prereview !== "on" && values.prereview !== "off") throw new UsageError(`--prereview 应为 on 或 off：${values.prereview}`);
  const year = yearOption(values.year);
  const templateId = values.template;
  if (!templateId) throw new UsageError("缺少 --template");
  if (!isTemplateId(templateId)) throw new UsageError(`未知的模板 ${templateId}；可用：${templateIds.join("、")}`);
  let deadlines: Partial<Record<DeadlineKind, Partial<Record<DeadlinePurpose, string>>>> | undefined;
  for (const [kind, purpose, day] of (values.deadline ?? []).map(deadlineOption)) {
    deadlines ??= {};
    deadlines[kind] = { ...deadlines[kind], [purpose]: day };
  }
  say(await createCycleWith(db, { year, templateId, label: values.label, deadlines, prereview: values.prereview === undefined ? undefined : values.prereview === "on" }));
}

export type CycleOptions = {
  year: number;
  templateId: string;
  label?: string;
  deadlines?: Partial<Record<DeadlineKind, Partial<Record<DeadlinePurpose, string>>>>;
  /** 预审 of report texts (left out: on). */
  prereview?: boolean;
};

/** Opens the cycle as the console; answers the line to print. Also `demo:load`'s. */
export async function createCycleWith(db: Db, options: CycleOptions): Promise<string> {
  const { year } = options;
  const created = await runAsConsole(db, createCycle, options);
  return `已建立 ${year} 年度填报周期（模板：${created.templateName}）${created.label ? `，名称：${created.label}` : ""}。`;
}
