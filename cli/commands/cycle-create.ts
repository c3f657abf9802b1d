import { getTemplate, isTemplateId, templateIds } from "@/lib/templates";
import type { Db } from "../../db/client";
import { CycleExistsError } from "../../db/errors";
import { createCycle } from "../../db/mutations/cycles";
import { putSetting } from "../../db/mutations/settings";
import { cycleLabelKey } from "../../db/queries/cycle-labels";
import { isIsoDay } from "@/lib/time";
import { DEADLINE_KINDS, DEADLINE_PURPOSES } from "@/lib/validation/cycle-deadlines";
import { appendAudit } from "../../db/mutations/audit";
import { parse, yearOption } from "../args";
import { RefusedError, say, UsageError } from "../io";

export const usage =
  "cycle:create --year Y --template ID [--label 名称] [--deadline 类别.用途=YYYY-MM-DD]…\n" +
  "                                 建立年度填报周期（以当前单位树为本年度名册）；--label 为界面显示的周期名称\n" +
  "                                 （如演示周期），--deadline 设期限，类别 department|league_city|county，用途 submit|publish";

/** "county.submit=2020-03-31" → ["county.submit", "2020-03-31"]. */
function deadlineOption(text: string): [string, string] {
  const [key = "", day = ""] = text.split("=", 2).map((s) => s.trim());
  const [kind, purpose] = key.split(".");
  if (!(DEADLINE_KINDS as readonly string[]).includes(kind ?? "") || !(DEADLINE_PURPOSES as readonly string[]).includes(purpose ?? "") || !isIsoDay(day)) {
    throw new UsageError(`--deadline 应为 类别.用途=YYYY-MM-DD（类别 ${DEADLINE_KINDS.join("|")}，用途 ${DEADLINE_PURPOSES.join("|")}）：${text}`);
  }
  return [key, day];
}

export function run(db: Db, argv: string[]): void {
  const { values } = parse(argv, { year: { type: "string" }, template: { type: "string" }, label: { type: "string" }, deadline: { type: "string", multiple: true } }, 0);
  const year = yearOption(values.year);
  const templateId = values.template;
  if (!templateId) throw new UsageError("缺少 --template");
  if (!isTemplateId(templateId)) throw new UsageError(`未知的模板 ${templateId}；可用：${templateIds.join("、")}`);
  try {
    const deadlines = values.deadline?.length ? Object.fromEntries(values.deadline.map(deadlineOption)) : null;
    const label = values.label?.trim() || null;
    const cycle = createCycle(db, { year, templateId, deadlines });
    if (label) putSetting(db, cycleLabelKey(year), label, null, Date.now());
    appendAudit(db, { action: "cycle.create", username: "cli", targetType: "cycle", targetId: String(cycle.id), detail: { year, templateId, ...(label ? { label } : {}), ...(deadlines ? { deadlines } : {}) } });
    say(`已建立 ${year} 年度填报周期（模板：${getTemplate(templateId).name}）${label ? `，名称：${label}` : ""}。`);
  } catch (err) {
    if (err instanceof CycleExistsError) throw new RefusedError(err.message);
    throw err;
  }
}
