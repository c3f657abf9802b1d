import { getTemplate, isTemplateId, templateIds } from "@/lib/templates";
import { shanghaiDay } from "@/lib/time";
import { readDeadlines } from "@/lib/validation/cycle-deadlines";
import { getRoster, listCycles } from "@/db/queries/cycles";
import { listSubmissionStatuses } from "@/db/queries/submissions";
import { cycleState } from "@/lib/workflow";
import { OUTSIDE_SUMS_KINDS, OWN_LEVEL_KINDS } from "@/lib/templates/level-groupings";
import { countRosterEntriesByCycle } from "@/db/queries/cycle-rosters";
import type { ReadContext } from "../kernel/read";

/** 填报周期 (cycle.manage): every cycle with its settings and roster size, the templates, and what a new cycle starts from. */
export function loadCyclesPage(ctx: ReadContext) {
  ctx.require("cycle.manage", { kind: "global" });
  const { db } = ctx;
  const rosters = countRosterEntriesByCycle(db);
  const cycles = listCycles(db).map((c) => {
    const roster = getRoster(db, c.id);
    const approved = [...listSubmissionStatuses(db, c.id).values()].filter((s) => s === "approved").length;
    // Every unit but the root sends its statistics up.
    const expected = roster.filter((r) => r.parentOrgId !== null).length;
    return {
      year: c.year,
      templateId: c.templateId,
      templateName: isTemplateId(c.templateId) ? getTemplate(c.templateId).name : c.templateId,
      warningFactorNum: c.warningFactorNum,
      warningFactorDen: c.warningFactorDen,
      warningMinimum: c.warningMinimum,
      deadlines: readDeadlines(c.deadlines),
      status: c.status,
      /** 进行中 / 已结束 / 已过期限 as users read it (lib/workflow/cycle-state), not just the stored flag. */
      state: cycleState({ year: c.year, stored: c.status, deadlines: c.deadlines, now: ctx.now, expected, approved }),
      rosterSize: rosters.get(c.id) ?? 0,
      prereview: c.prereview,
      scopes: rosterScopes(roster),
    };
  });
  const latest = cycles[0];
  // Without any cycle, the report due next spring is on last year.
  const suggested = latest
    ? { year: latest.year + 1, templateId: latest.templateId }
    : { year: Number(shanghaiDay(ctx.now).slice(0, 4)) - 1, templateId: templateIds.at(-1) ?? "" };
  const templates = templateIds.map((id) => ({ value: id, label: getTemplate(id).name }));
  return { cycles, templates, suggested };
}

/**
 * The units of a roster the office has a choice for: governments with 本级 units (their report
 * may cover the 本级 only) and 垂直管理 units (in their parent's sums or not).
 */
function rosterScopes(roster: ReturnType<typeof getRoster>) {
  const parentsOf = (own: boolean) => new Set(roster.filter((r) => OWN_LEVEL_KINDS.includes(r.kind) === own).map((r) => r.parentOrgId));
  const withOwnLevel = parentsOf(true);
  const withOthers = parentsOf(false);
  const names = new Map(roster.map((r) => [r.orgId, r.name]));
  return roster
    .filter((r) => (withOwnLevel.has(r.orgId) && withOthers.has(r.orgId)) || OUTSIDE_SUMS_KINDS.includes(r.kind))
    .map((r) => ({
      orgCode: r.code,
      name: r.name,
      parentName: r.parentOrgId === null ? null : (names.get(r.parentOrgId) ?? null),
      choice: OUTSIDE_SUMS_KINDS.includes(r.kind) ? ("sums" as const) : ("coverage" as const),
      coverage: r.coverage,
      inSums: r.inSums,
    }));
}
