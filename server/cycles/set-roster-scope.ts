import { OWN_LEVEL_KINDS } from "@/lib/templates/level-groupings";
import { setRosterScopeSchema } from "@/lib/validation/roster-scope";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { setRosterScope as writeRosterScope } from "@/db/mutations/roster-scope";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { defineCommand } from "../kernel/command";
import { notFound } from "../kernel/errors";
import { refuseIf } from "../kernel/refuse";

/**
 * The office's per-cycle choices for one unit: what its report covers (全域, 本级: the
 * government itself and its departments, or both as two reports) and whether it counts in its parent's sums (a 垂直管理
 * unit does not, unless included). Audited with before and after.
 */
export const setRosterScope = defineCommand({
  name: "cycle.roster_scope",
  schema: setRosterScopeSchema,
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const cycle = getCycleByYear(ctx.db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const roster = getRoster(ctx.db, cycle.id);
    const entry = roster.find((r) => r.code === input.orgCode);
    if (!entry) throw notFound(`单位 ${input.orgCode}（${input.year} 年度名册中）`);
    const ownKids = roster.filter((r) => r.parentOrgId === entry.orgId && OWN_LEVEL_KINDS.includes(r.kind));
    refuseIf((input.coverage === "own" || input.coverage === "both") && ownKids.length === 0 ? [`${entry.name}没有本级政府办公室或部门，报告只能覆盖全域`] : [], "coverage");
    refuseIf(input.inSums !== undefined && entry.parentOrgId === null ? ["最上级单位没有上级汇总"] : [], "inSums");
    const before = { coverage: entry.coverage, inSums: entry.inSums };
    const after = { coverage: input.coverage ?? entry.coverage, inSums: input.inSums ?? entry.inSums };
    return atomically(ctx.db, () => {
      writeRosterScope(ctx.db, cycle.id, entry.orgId, after);
      auditChange(ctx, { action: "cycle.roster_scope", targetType: "roster", targetId: `${input.year}/${entry.code}`, before, after });
      return { year: input.year, orgCode: entry.code, name: entry.name, ...after };
    });
  },
});
