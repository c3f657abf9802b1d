import { getTemplate, isTemplateId, templateIds } from "@/lib/templates";
import type { Db } from "../../client";
import { CycleExistsError } from "../../errors";
import { createCycle } from "../../mutations/cycles";
import { appendAudit } from "../../mutations/audit";
import { parse, yearOption } from "../args";
import { RefusedError, say, UsageError } from "../io";

export const usage = "cycle:create --year Y --template ID   建立年度填报周期（以当前单位树为本年度名册）";

export function run(db: Db, argv: string[]): void {
  const { values } = parse(argv, { year: { type: "string" }, template: { type: "string" } }, 0);
  const year = yearOption(values.year);
  const templateId = values.template;
  if (!templateId) throw new UsageError("缺少 --template");
  if (!isTemplateId(templateId)) throw new UsageError(`未知的模板 ${templateId}；可用：${templateIds.join("、")}`);
  try {
    const cycle = createCycle(db, { year, templateId });
    appendAudit(db, { action: "cycle.create", username: "cli", targetType: "cycle", targetId: String(cycle.id), detail: { year, templateId } });
    say(`已建立 ${year} 年度填报周期（模板：${getTemplate(templateId).name}）。`);
  } catch (err) {
    if (err instanceof CycleExistsError) throw new RefusedError(err.message);
    throw err;
  }
}
