import { CycleExistsError, DbError, DuplicateCodeError, ParentCycleError, StatusConflictError, UnknownParentError, VersionConflictError } from "@/db/errors";
import { OrganisationMissingError } from "@/db/mutations/org-edits";
import { ReportDraftConflictError } from "@/db/mutations/report-drafts";
import { WorkflowStatusConflictError } from "@/db/mutations/workflow-transition";
import { statusLabel } from "@/lib/workflow";

/**
 * What a user reads when db/ refuses a write: worded here from the error's data, since db/
 * returns data, never messages. The optimistic-lock counter is not a 版 a user knows (kept
 * versions are, README "Version numbers"), so a stale save says how many saves came between.
 */
export function dbRefusalMessage(err: DbError): string {
  if (err instanceof VersionConflictError) return `数据已被他人修改（${savesSince(err.expected, err.actual)}），您的输入没有保存，请核对后再保存`;
  if (err instanceof ReportDraftConflictError) return `报告已被他人修改（${savesSince(err.expected, err.actual)}），您的文字未被覆盖，请核对后再保存`;
  if (err instanceof StatusConflictError) return `当前状态（${statusLabel(err.status)}）下不能修改数据`;
  if (err instanceof WorkflowStatusConflictError) return `数据状态已变为「${statusLabel(err.actual)}」（您看到的是「${statusLabel(err.expected)}」），请刷新后重试`;
  if (err instanceof CycleExistsError) return `${err.year} 年度的填报周期已存在`;
  if (err instanceof UnknownParentError) return `机构 ${err.code} 的上级代码 ${err.parentCode} 不存在`;
  if (err instanceof DuplicateCodeError) return `机构代码 ${err.code} 重复`;
  if (err instanceof ParentCycleError) return `机构上下级关系形成循环：${err.codes.join(" → ")}`;
  if (err instanceof OrganisationMissingError) return `单位 ${err.what} 不存在`;
  return "数据已被他人修改，请刷新后重试";
}

/** How the copy the user has differs: saves since they opened it, or (a counter from elsewhere) just not current. */
function savesSince(expected: number, actual: number): string {
  return actual > expected ? `您打开后又有 ${actual - expected} 次保存` : "您看到的不是当前的数据";
}
