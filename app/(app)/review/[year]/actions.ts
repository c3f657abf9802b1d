"use server";

import { execute } from "@/server/next/execute";
import { bulkApprove } from "@/server/workflow/bulk-approve";
import type { BulkApproveResult } from "@/components/workflow/review-table";

/** 批量通过 (上级审核员): all the selected 已报送 units, or none (the refusals listed). */
export async function bulkApproveAction(input: { year: number; items: { orgCode: string; version: number }[] }): Promise<BulkApproveResult> {
  const r = await execute(bulkApprove, input);
  if (r.ok) return { ok: true, approved: r.data.approved.map((a) => a.name) };
  return { ok: false, error: r.error, refused: r.fieldErrors?.refused ?? [] };
}
