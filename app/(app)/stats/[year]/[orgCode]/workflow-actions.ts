"use server";

import type { CommandResult } from "@/lib/contracts/command-result";
import { execute } from "@/server/next/execute";
import { approve } from "@/server/workflow/approve";
import { markReady } from "@/server/workflow/mark-ready";
import { reopen } from "@/server/workflow/reopen";
import { requestCorrection } from "@/server/workflow/request-correction";
import { returnSubmission } from "@/server/workflow/return-submission";
import { saveExplanations } from "@/server/workflow/save-explanations";
import { signOff } from "@/server/workflow/sign-off";
import type { WorkflowActionResult } from "@/components/workflow/types";

type Unit = { year: number; orgCode: string; version: number };

/** A stale version is reported the same way whichever step was refused. */
function plain<O>(r: CommandResult<O>): WorkflowActionResult {
  if (r.ok) return { ok: true };
  const stale = r.status === 409 && r.error.startsWith("数据已被他人修改");
  return { ok: false, status: r.status, error: stale ? "数据已被他人修改，请刷新" : r.error, fieldErrors: r.fieldErrors };
}

/** 标记为待签发 (填报员). */
export async function markReadyAction(input: Unit): Promise<WorkflowActionResult> {
  return plain(await execute(markReady, input));
}

/** 签发并报送 (负责人). */
export async function signOffAction(input: Unit): Promise<WorkflowActionResult> {
  return plain(await execute(signOff, input));
}

/** 退回 (上级审核员), with comments on the whole submission or on cells. */
export async function returnAction(input: Unit & { comments: { cell?: string; text: string }[] }): Promise<WorkflowActionResult> {
  return plain(await execute(returnSubmission, input));
}

/** 审核通过 (上级审核员). */
export async function approveAction(input: Unit): Promise<WorkflowActionResult> {
  return plain(await execute(approve, input));
}

/** 申请更正 (本单位), with a reason. */
export async function requestCorrectionAction(input: Unit & { reason: string }): Promise<WorkflowActionResult> {
  return plain(await execute(requestCorrection, input));
}

/** 重新打开 after a correction request (上级审核员). */
export async function reopenAction(input: Unit & { to?: "returned" | "draft" }): Promise<WorkflowActionResult> {
  return plain(await execute(reopen, input));
}

/** Saves the form's warning explanations (replaces them all). */
export async function saveExplanationsAction(input: Unit & { explanations: Record<string, string> }): Promise<WorkflowActionResult> {
  return plain(await execute(saveExplanations, input));
}
