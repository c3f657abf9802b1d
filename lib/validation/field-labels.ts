import { WORDING_KEYS, WORDING_LABELS } from "../report/wording";
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, type DeadlinePurpose } from "./cycle-deadlines";

/** A statistics cell code (C1, A1a, R3.3.1.np, P1.reg.x): the only kind of key a message may echo. */
export const CELL_CODE = /^[A-Z]\d[A-Za-z0-9_.]*$/;

/**
 * The Chinese name of every field the input schemas take (lib/validation and the command schemas
 * of lib), by key, for the messages zod words itself (lib/validation/error-map.ts): "请填写年度",
 * "单位代码不能超过 32 个字符". A key nested under another may be named by its last keys
 * ("department.submit"). A test checks that every field of every input schema has a name.
 */
const OWN_LABELS: Readonly<Record<string, string>> = {
  // Units, cycles, versions
  year: "年度",
  orgCode: "单位代码",
  code: "单位代码",
  name: "单位名称",
  kind: "单位类型",
  parentCode: "上级单位代码",
  successorCode: "合并后的单位代码",
  ruleMaking: "规章制定权",
  rows: "单位列表",
  orgId: "单位",
  coverage: "报告范围",
  inSums: "是否计入上级汇总",
  enabled: "是否开放",
  templateId: "统计表模板",
  label: "周期名称",
  warningFactor: "预警倍数",
  warningMinimum: "预警起算值",
  deadlines: "期限",
  prereview: "报告预审",
  version: "版本号",
  draftVersion: "草稿版本号",
  values: "填报数据",
  // The statistics workflow and review
  comments: "退回意见",
  "comments.cell": "退回意见所在的单元格",
  "comments.text": "退回意见",
  reason: "更正理由",
  signerName: "签发人姓名",
  explanations: "提示说明",
  items: "要审核通过的单位",
  // The audit log's filter
  from: "开始日期",
  to: "结束日期",
  user: "用户名",
  org: "单位代码",
  action: "操作",
  // Accounts
  id: "编号",
  userId: "用户",
  role: "角色",
  username: "用户名",
  displayName: "姓名",
  password: "密码",
  currentPassword: "当前密码",
  newPassword: "新密码",
  confirmPassword: "确认密码",
  mustChangePassword: "首次登录须修改密码",
  totp: "动态口令",
  // The security policy
  minLength: "密码最小长度",
  lockoutThreshold: "连续登录失败锁定次数",
  lockoutMinutes: "锁定时长",
  idleMinutes: "空闲超时",
  sessionMaxHours: "会话最长时限",
  ipRateLimit: "单个地址的请求限制",
  "ipRateLimit.max": "单个地址的请求上限",
  "ipRateLimit.windowMinutes": "请求计数时间窗",
  trustedProxyHops: "可信反向代理层数",
  totpRequiredForAdmins: "管理员是否必须使用动态口令",
  // The report: preface, wording, narrative, publication
  unitName: "单位名称",
  scope: "范围称谓",
  compiler: "编制单位",
  sources: "数据来源",
  downloadSite: "下载网站",
  downloadUrl: "下载网址",
  contactOffice: "联系单位",
  phone: "电话",
  email: "电子邮箱",
  doc: "报告正文",
  prose: "报告正文",
  headings: "标题",
  text: "文字",
  token: "数据引用",
  "token.kind": "数据引用的类别",
  "token.code": "数据引用的单元格",
  "token.figure": "数据引用的指标",
  "token.part": "数据引用的部分",
  "token.index": "数据引用的序号",
  format: "数字格式",
  note: "意见",
  indexNo: "索引号",
  publisher: "发布机构",
  writtenDate: "成文日期",
  correctionNote: "更正说明",
  correctionDate: "更正日期",
  officialUrl: "正式发布网址",
  officialDate: "正式发布日期",
  // The office's 预审 of a report's text
  blockId: "段落所在部分",
  paragraph: "段落序号",
  "comments.blockId": "段落意见所在的部分",
  "comments.paragraph": "段落意见所在的段落",
};

let labels: Readonly<Record<string, string>> | undefined;

/**
 * Every name by key: the ones above, the 报告用语 keys (lib/report/wording, without its examples)
 * and the deadlines. Built on first use, since schema modules import this one through zod-config.
 */
export function fieldLabels(): Readonly<Record<string, string>> {
  labels ??= { ...OWN_LABELS, ...Object.fromEntries(WORDING_KEYS.map((k) => [k, WORDING_LABELS[k].replace(/（.*$/, "")])), ...deadlineLabels() };
  return labels;
}

function deadlineLabels(): Record<string, string> {
  const purposes: Record<DeadlinePurpose, string> = { submit: "报送期限", publish: "公开期限" };
  const out: Record<string, string> = {};
  for (const kind of DEADLINE_KINDS) {
    out[kind] = `${DEADLINE_KIND_LABELS[kind]}期限`;
    for (const [purpose, word] of Object.entries(purposes)) out[`${kind}.${purpose}`] = `${DEADLINE_KIND_LABELS[kind]}${word}`;
  }
  return { ...out, ...purposes };
}

/**
 * The name of the field at `path`, or null (the root, or nothing on the path has a name): the
 * longest named run of its last keys, else the nearest named parent ("prose.intro" → 报告正文).
 * Array indexes are skipped, except that the n-th import row reads "第 n 行的…"; a cell code under
 * `values` is that statistics cell ("单元格（C1）"); other keys the client chose are never echoed.
 */
export function fieldLabel(path: readonly PropertyKey[]): string | null {
  const keys = path.filter((p): p is string => typeof p === "string");
  const last = keys.at(-1);
  if (keys.at(-2) === "values" && last !== undefined && CELL_CODE.test(last)) return `单元格（${last}）`;
  for (let end = keys.length; end > 0; end--) {
    const label = ownFieldLabel(keys.slice(0, end));
    if (label) return rowPrefix(path) + label;
  }
  return null;
}

/** The name of the last of `keys` itself (alone or with the keys above it, the longest run first), or null. */
export function ownFieldLabel(keys: readonly string[]): string | null {
  for (let start = 0; start < keys.length; start++) {
    const label = fieldLabels()[keys.slice(start).join(".")];
    if (label) return label;
  }
  return null;
}

function rowPrefix(path: readonly PropertyKey[]): string {
  const at = path.indexOf("rows");
  const index = at >= 0 ? path[at + 1] : undefined;
  return typeof index === "number" && path.length > at + 2 ? `第 ${index + 1} 行的` : "";
}
