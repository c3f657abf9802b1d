import { getTemplate, isTemplateId, templateIds } from "@/lib/templates";
import { shanghaiDay } from "@/lib/time";
import { readDeadlines } from "@/lib/validation/cycle-deadlines";
import { requirePermission } from "@/server/next/guards";
import { now } from "@/server/kernel/clock";
import { getDb } from "@/db/client";
import { listCycles } from "@/db/queries/cycles";
import { countRosterEntriesByCycle } from "@/db/queries/cycle-rosters";
import { AdminApp } from "@/components/admin/admin-app";
import { CycleAdmin } from "@/components/admin/cycles/cycle-admin";
import * as actions from "./actions";

export const metadata = { title: "填报周期 - 年报编制系统" };

export default async function CyclesPage() {
  await requirePermission("cycle.manage", { kind: "global" });
  const db = getDb();
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
    : { year: Number(shanghaiDay(now()).slice(0, 4)) - 1, templateId: templateIds.at(-1) ?? "" };
  const templates = templateIds.map((id) => ({ value: id, label: getTemplate(id).name }));
  return (
    <AdminApp>
      <CycleAdmin cycles={cycles} templates={templates} suggested={suggested} actions={{ create: actions.createCycleAction, update: actions.updateCycleAction }} />
    </AdminApp>
  );
}
