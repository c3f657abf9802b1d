import { z } from "zod";
import "../validation/zod-config";

/** POST /api/review/{year}/approve: the units to approve, each with the version the reviewer saw. */
export const bulkApproveSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  items: z
    .array(z.object({ orgCode: z.string().min(1).max(32), version: z.number().int().min(1) }))
    .min(1, "请选择要审核通过的单位")
    .max(500, "一次最多审核通过 500 个单位"),
});
export type BulkApproveInput = z.infer<typeof bulkApproveSchema>;
