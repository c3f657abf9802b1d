/**
 * The names of what audit entries record in their detail, for the auditor's page: by
 * "action.key" where one action means something else by a key, else by key. A key the input
 * forms also take is named by lib/validation/field-labels; these are the others.
 */
export const AUDIT_DETAIL_LABELS: Readonly<Record<string, string>> = {
  before: "变更前",
  after: "变更后",
  osUser: "命令行操作系统用户",
  sessionsEnded: "结束的会话数",
  grantId: "授权编号",
  org: "单位",
  unit: "单位",
  parent: "上级单位",
  successor: "合并后的单位",
  predecessor: "并入的单位",
  active: "启用",
  disabled: "停用",
  rule_making: "规章制定权",
  failedLogins: "连续登录失败次数",
  lockedUntil: "锁定至",
  failedCount: "连续登录失败次数",
  retryAfterSeconds: "需等待（秒）",
  reason: "原因",
  status: "状态",
  late: "逾期",
  signer: "签发人",
  warnings: "提示数",
  keys: "说明的提示数",
  cells: "单元格数",
  fromVersion: "原版本号",
  version: "版本号",
  keptVersion: "保留版本号",
  bulk: "批量操作",
  cellCode: "单元格",
  comments: "退回意见",
  compiled: "汇总数据",
  compiledHistory: "历史汇总数据",
  units: "单位数",
  file: "文件",
  fileName: "文件名",
  mime: "文件类型",
  size: "文件大小",
  bytes: "文件大小",
  attachmentId: "附件编号",
  sha256: "文件校验值",
  pdfSha256: "文件校验值",
  dataSha256: "数据校验值",
  paragraphs: "段落数",
  tokens: "数据引用数",
  fields: "保存的字段",
  filter: "筛选条件",
  rows: "条数",
  out: "导出到",
  template: "统计表模板",
  added: "新增",
  changed: "修改",
  counts: "行数",
  add: "新增",
  change: "修改",
  same: "未变",
  refused: "拒绝",
  url: "网址",
  date: "日期",
  warningFactorNum: "预警倍数（分子）",
  warningFactorDen: "预警倍数（分母）",
  outsideSumsKinds: "不计入汇总的单位类型",
  "report.signoff.name": "签发人",
  "report.signoff.note": "签发意见",
  "report.secrecy.name": "审查人",
  "report.secrecy.note": "审查意见",
  coverage: "报告范围",
  inSums: "计入上级汇总",
};

/** Detail keys the page leaves out: an editing session's id says nothing to a reader. */
export const AUDIT_HIDDEN_DETAILS: ReadonlySet<string> = new Set(["sid"]);

/** Why a login failed or a session ended, as recorded. */
export const AUDIT_REASON_LABELS: Readonly<Record<string, string>> = {
  unknown_user: "用户名不存在",
  disabled: "账户已停用",
  wrong_password: "密码错误",
  wrong_totp: "动态口令错误",
  revoked: "会话已被撤销",
  "max-age-expired": "超过会话最长时限",
  "idle-expired": "空闲超时",
};

/** The settings an entry may name as its target. */
export const AUDIT_SETTING_LABELS: Readonly<Record<string, string>> = {
  "demo.date": "演示日期",
  security_policy: "安全策略",
};
