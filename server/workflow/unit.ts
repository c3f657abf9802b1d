import { buildTree, type OrgTree, type RosterNode, type Template } from "@/lib";
import { getTemplate } from "@/lib/templates";
import type { Target } from "@/lib/authz";
import { deadlineFor, lateness, type Lateness, type TransitionResult } from "@/lib/workflow";
import type { Db } from "@/db/client";
import { VersionConflictError } from "@/db/errors";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getWorkflowState, type WorkflowState } from "@/db/queries/workflow-state";
import type { Cycle } from "@/db/schema";
import { CommandError, notFound } from "../kernel/errors";

/** What every workflow command acts on: the cycle, its roster, the unit and its submission's state. */
export type UnitContext = {
  cycle: Cycle;
  template: Template;
  tree: OrgTree;
  node: RosterNode;
  /** Null when the unit has not filled anything yet (未填报). */
  state: WorkflowState | null;
};

/** The permission target of a command on /api/stats/{year}/{orgCode}/…: the unit (unknown: -1, refused). */
export function unitTarget(db: Db, orgCode: string): Target {
  return { kind: "org", orgId: getOrganisationByCode(db, orgCode)?.id ?? -1 };
}

/** Loads cycle, roster, unit and submission state; 404 for an unknown cycle or a unit not on its roster. */
export function loadUnit(db: Db, year: number, orgCode: string): UnitContext {
  const cycle = getCycleByYear(db, year);
  if (!cycle) throw notFound(`${year} 年度的填报周期`);
  const tree = buildTree(getRoster(db, cycle.id));
  const node = tree.byCode.get(orgCode);
  if (!node) throw notFound(`单位 ${orgCode}（${year} 年度名册中）`);
  return { cycle, template: getTemplate(cycle.templateId), tree, node, state: getWorkflowState(db, cycle.id, node.orgId) };
}

/** The stored state, checked against the version the actor saw (404 when nothing was filled, 409 when stale). */
export function requireState(unit: UnitContext, version: number): WorkflowState {
  if (!unit.state) throw notFound(`单位 ${unit.node.code} 的填报数据`);
  if (unit.state.version !== version) throw new VersionConflictError(unit.node.orgId, version, unit.state.version);
  return unit.state;
}

/** The next status of a transition, or its Chinese refusal as a 409. */
export function nextOrRefuse(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) throw new CommandError(409, result.reason);
  return result;
}

/** The unit's deadline day for sending its statistics up, or null when the cycle sets none. */
export function unitDeadline(unit: UnitContext): string | null {
  return deadlineFor(unit.cycle.deadlines, unit.node.kind, "submit");
}

/** Whether `at` (the sign-off) is past the unit's submit deadline (Shanghai day); accepted either way. */
export function unitLateness(unit: UnitContext, at: number | null): Lateness {
  return at === null ? { late: false } : lateness(at, unitDeadline(unit));
}

/** The audit target of a unit's statistics. */
export function auditTarget(year: number, orgCode: string): { targetType: string; targetId: string } {
  return { targetType: "submission", targetId: `${year}/${orgCode}` };
}
