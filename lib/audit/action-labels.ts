/**
 * Chinese names of the audit log's actions. An action missing here (added later elsewhere) shows
 * as its code; the code is always shown next to the name too, as the filter and CSV use it.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  "login.success": "登录成功",
  "login.failure": "登录失败",
  "login.lockout": "账户锁定",
  "login.locked": "锁定期间尝试登录",
  "login.rate_limited": "地址限流",
  logout: "退出登录",
  "session.expire": "会话超时",
  "totp.enable": "启用动态口令",
  "totp.disable": "停用动态口令",
  "account.password": "修改本人密码",
  "grant.add": "授予角色",
  "grant.remove": "撤销角色",
  "user.create": "新建用户",
  "user.disable": "停用用户",
  "user.enable": "启用用户",
  "user.reset_password": "重置用户密码",
  "org.create": "新增单位",
  "org.rename": "单位更名",
  "org.rule_making": "设置规章制定权",
  "org.wording": "修改报告用语",
  "cycle.roster_scope": "设置报告范围与汇总",
  "demo.date": "设置演示日期",
  "report.public_list": "设置公开报告列表",
  "report.publish_view": "查看报告的签发与发布状态",
  "org.move": "移动单位",
  "org.merge": "合并单位",
  "org.deactivate": "停用单位",
  "org.reactivate": "启用单位",
  "org.delete": "删除单位",
  "org.import": "导入单位",
  "orgs.import": "导入单位（命令行）",
  "cycle.create": "新建填报周期",
  "cycle.update": "修改填报周期",
  "submissions.import": "导入统计数据",
  "stats.save": "保存统计数据",
  "stats.explain": "保存提示说明",
  "stats.ready": "标记为待签发",
  "stats.signoff": "签发并报送",
  "stats.return": "退回",
  "stats.approve": "审核通过",
  "stats.approve.bulk": "批量通过",
  "stats.correct.request": "申请更正",
  "stats.correct.reopen": "重新打开（更正）",
  "stats.attachment.upload": "上传盖章扫描件",
  "stats.import.file": "上传 Excel 填报表",
  "stats.import.history": "导入已发布报告的统计表（历史数据）",
  "review.notice.export": "导出通报",
  "report.fields.save": "保存报告前言字段",
  "report.draft.save": "保存报告正文",
  "report.signoff": "签发报告",
  "report.secrecy": "确认保密审查",
  "report.publish": "发布报告",
  "report.correct": "发布更正版本",
  "report.official": "登记正式网址",
  "policy.update": "修改安全策略",
  "audit.export": "导出审计日志",
};

/** "登录成功" for a known action, the code itself otherwise. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** What the target type column shows. */
export const AUDIT_TARGET_LABELS: Readonly<Record<string, string>> = {
  user: "用户",
  organisation: "单位",
  cycle: "填报周期",
  session: "会话",
  setting: "设置",
  submission: "填报",
  report: "报告",
  roster: "报告范围",
};
