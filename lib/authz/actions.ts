/** Actions on one unit's statistics or report; their target is always an `org`. */
export const BUSINESS_ACTIONS = [
  "stats.read",
  "stats.edit",
  "stats.signoff",
  "stats.submit",
  "stats.review",
  "stats.import",
  "stats.correct.request",
  "stats.correct.reopen",
  "report.read",
  "report.edit",
  "report.signoff",
  "report.secrecy",
  "report.publish",
  "report.prereview.send",
  "report.prereview.decide",
] as const;

/** Administration; their target is `global` (or a `user` for user.manage). */
export const ADMIN_ACTIONS = [
  "org.manage",
  "cycle.manage",
  "user.manage",
  "grant.manage",
  "policy.manage",
  "audit.read",
  "audit.export",
] as const;

export const ACTIONS = [...BUSINESS_ACTIONS, ...ADMIN_ACTIONS] as const;

export type BusinessAction = (typeof BUSINESS_ACTIONS)[number];
export type AdminAction = (typeof ADMIN_ACTIONS)[number];
export type Action = (typeof ACTIONS)[number];

/** How an action is named in a refusal ("您没有「审核统计数据」的权限"). */
export const ACTION_LABELS = {
  "stats.read": "查看统计数据",
  "stats.edit": "填报统计数据",
  "stats.signoff": "签发统计数据",
  "stats.submit": "报送统计数据",
  "stats.review": "审核统计数据（退回、通过）",
  "stats.import": "上传直属下级单位的填报表（草稿）",
  "stats.correct.request": "申请更正已通过的统计数据",
  "stats.correct.reopen": "重新打开已通过的统计数据",
  "report.read": "查看年度报告",
  "report.edit": "编写年度报告",
  "report.signoff": "签发年度报告",
  "report.secrecy": "确认年度报告的保密审查",
  "report.publish": "发布年度报告",
  "report.prereview.send": "将年度报告送上级预审",
  "report.prereview.decide": "预审下级单位的年度报告（通过、退回修改）",
  "org.manage": "管理组织机构",
  "cycle.manage": "管理报送周期",
  "user.manage": "管理用户账户",
  "grant.manage": "授予和撤销角色",
  "policy.manage": "设置安全策略",
  "audit.read": "查看审计日志",
  "audit.export": "导出审计日志",
} as const satisfies Record<Action, string>;

export function isBusinessAction(action: Action): action is BusinessAction {
  return (BUSINESS_ACTIONS as readonly Action[]).includes(action);
}
