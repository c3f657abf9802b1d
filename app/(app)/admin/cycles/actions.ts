"use server";

import { createCycle } from "@/app/_server/commands/create-cycle";
import { updateCycle } from "@/app/_server/commands/update-cycle";
import { pageAction } from "@/app/_server/commands/support/page-action";

const PATH = "/admin/cycles";

/** The page's 新建周期 (cycle.create). */
export async function createCycleAction(input: unknown) {
  return pageAction(createCycle, input, PATH);
}

/** The page's 编辑 a cycle's deadlines and warning settings (cycle.update). */
export async function updateCycleAction(input: unknown) {
  return pageAction(updateCycle, input, PATH);
}
