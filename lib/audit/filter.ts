import { z } from "zod";
import "../validation/zod-config";
import { isIsoDay } from "./time";

/**
 * The audit log's filter, shared by the auditor's page (zodResolver) and `audit:export`.
 * Import it as "@/lib/audit/filter": it needs nothing from Node, unlike the rest of lib/audit.
 */
export const AUDIT_FILTER_TEXT_MAX = 100;
export const AUDIT_PAGE_SIZE_MAX = 500;

const text = (label: string) =>
  z
    .string()
    .trim()
    .max(AUDIT_FILTER_TEXT_MAX, `${label}不能超过 ${AUDIT_FILTER_TEXT_MAX} 个字符`)
    .optional()
    .transform((v) => v || undefined);

const day = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isIsoDay(v), `${label}应为有效的日期（如 2025-01-31）`)
    .transform((v) => v || undefined);

/** Empty fields mean "any". Dates are whole days in Asia/Shanghai, both ends included. */
export const auditFilterSchema = z
  .object({
    from: day("开始日期"),
    to: day("结束日期"),
    /** The username recorded on the row (exact). */
    user: text("用户名"),
    /** The code of the unit of the row's user (exact; rows without a user have no unit). */
    org: text("单位代码"),
    /** The action name (exact), e.g. "user.create". */
    action: text("操作"),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "开始日期不能晚于结束日期", path: ["to"] }) satisfies z.ZodType<AuditFilter>;

export type AuditFilterInput = z.input<typeof auditFilterSchema>;

/** A parsed filter; every field optional ({} is every row). */
export type AuditFilter = { from?: string; to?: string; user?: string; org?: string; action?: string };
