import { buildTree, type Template } from "@/lib";
import { getTemplate } from "@/lib/templates";
import type { SubmissionStatusCode } from "@/lib/workflow";
import type { Db } from "@/db/client";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getWorkflowState } from "@/db/queries/workflow-state";

export type UnitStatus = {
  name: string;
  code: string;
  template: Template;
  /** Null when the unit has not filled anything yet (未填报). */
  status: SubmissionStatusCode | null;
  /** The stored version (0: nothing stored yet): what a workflow command is sent as the version seen. */
  version: number;
};

/**
 * A unit's place in the workflow of a year, for a caller that acts on the current state (the
 * CLI's `workflow:step`); the reason when the cycle or the unit (in its roster) is unknown.
 */
export function loadUnitStatus(db: Db, year: number, orgCode: string): { ok: true; unit: UnitStatus } | { ok: false; message: string } {
  const cycle = getCycleByYear(db, year);
  if (!cycle) return { ok: false, message: `${year} 年度的填报周期不存在` };
  const node = buildTree(getRoster(db, cycle.id)).byCode.get(orgCode);
  if (!node) return { ok: false, message: `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中` };
  const state = getWorkflowState(db, cycle.id, node.orgId);
  return { ok: true, unit: { name: node.name, code: node.code, template: getTemplate(cycle.templateId), status: state?.status ?? null, version: state?.version ?? 0 } };
}
