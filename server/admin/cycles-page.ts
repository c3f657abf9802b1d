import { getTemplate, isTemplateId, templateIds } from "@/lib/templates";
import { shanghaiDay } from "@/lib/time";
import { readDeadlines } from "@/lib/validation/cycle-deadlines";
import { listCycles } from "@/db/queries/cycles";
import { countRosterEntriesByCycle } from "@/db/queries/cycle-rosters";
import type { ReadContext } from "../kernel/read";

/** 填报周期 (cycle.manage): every cycle with its settings and roster size, the templates, and what a new cycle starts from. */
export function loadCyclesPage(ctx: ReadContext) {
  ctx.require("cycle.manage", { kind: "global" });
  const { db } = ctx;
  const rosters = countRosterEntriesByCycle(db);
  const cycles = listCycles(db).map((c) => ({
    year: c.year,
    templateId: c.templateId,
    templateName: isTemplateId(c.templateId) ? getTemplate(c.templateId).name : c.templateId,
    warningFactorNum: c.warningFactorNum,
    warningFactorDen: c.warningFactorDen,
    warningMinimum: c.warningMinimum,
    deadlines: readDeadlines(c.deadlines),
    status: c.status,
    rosterSize: rosters.get(c.id) ?? 0,
  }));
  const latest = cycles[0];
  // Without any cycle, the report due next spring is on last year.
  const suggested = latest
    ? { year: latest.year + 1, templateId: latest.templateId }
    : { year: Number(shanghaiDay(ctx.now).slice(0, 4)) - 1, templateId: templateIds.at(-1) ?? "" };
  const templates = templateIds.map((id) => ({ value: id, label: getTemplate(id).name }));
  return { cycles, templates, suggested };
}
