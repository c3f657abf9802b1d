"use server";

import { createCycle } from "@/server/cycles/create";
import { updateCycle } from "@/server/cycles/update";
import { setRosterScope } from "@/server/cycles/set-roster-scope";
import { pageAction } from "@/server/next/page-action";

const PATH = "/admin/cycles";

/** The page's 新建周期 (cycle.create). */
export async function createCycleAction(input: unknown) {
  return pageAction(createCycle, input, PATH);
}

/** The page's 编辑 a cycle's deadlines and warning settings (cycle.update). */
export async function updateCycleAction(input: unknown) {
  return pageAction(updateCycle, input, PATH);
}

/** The page's 报告范围与汇总 of one unit in a cycle (cycle.roster_scope). */
export async function setRosterScopeAction(input: unknown) {
  return pageAction(setRosterScope, input, PATH);
}
