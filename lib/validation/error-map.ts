import type { z } from "zod";
import { CELL_CODE, fieldLabel } from "./field-labels";

/**
 * The project's words for every issue zod raises itself (zod's `customError`, installed by
 * lib/validation/zod-config.ts): Chinese, naming the field (lib/validation/field-labels.ts),
 * without type names or keys the user did not write. A schema's own message always wins: zod
 * asks this map only for issues the schema left unworded.
 */

type Issue = z.core.$ZodRawIssue;

const TYPE_WORDS: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "是或否",
  array: "列表",
  set: "列表",
  date: "日期",
  file: "文件",
  null: "空值",
};

const SIZE_UNITS: Record<string, string> = { string: "个字符", array: "项", set: "项", map: "项", file: "字节" };

/** What the message calls the field: its name, else "提交的内容" at the root, else "此项". */
function subject(issue: Issue): string {
  const path = issue.path ?? [];
  return fieldLabel(path) ?? (path.length === 0 ? "提交的内容" : "此项");
}

function bound(value: unknown, origin: string): string {
  if (origin === "date" && typeof value === "number") return new Date(value).toISOString().slice(0, 10);
  return String(value);
}

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>, what: string): string {
  if (issue.input === undefined) return (issue.path ?? []).length === 0 ? "没有提交内容" : `请填写${what}`;
  if (issue.expected === "never") return `不应填写${what}`;
  const word = TYPE_WORDS[issue.expected];
  return word ? `${what}应为${word}` : `${what}格式不正确`;
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>, what: string): string {
  const max = bound(issue.maximum, issue.origin);
  const unit = SIZE_UNITS[issue.origin];
  if (unit) {
    if (issue.exact) return `${what}应为 ${max} ${unit}`;
    return issue.inclusive === false ? `${what}应少于 ${max} ${unit}` : `${what}不能超过 ${max} ${unit}`;
  }
  if (issue.maximum === Number.MAX_SAFE_INTEGER) return `${what}过大`;
  if (issue.origin === "date") return issue.inclusive === false ? `${what}应早于 ${max}` : `${what}不能晚于 ${max}`;
  return issue.inclusive === false ? `${what}应小于 ${max}` : `${what}不能大于 ${max}`;
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>, what: string): string {
  const min = bound(issue.minimum, issue.origin);
  const unit = SIZE_UNITS[issue.origin];
  if (unit) {
    if (issue.exact) return `${what}应为 ${min} ${unit}`;
    if (Number(issue.minimum) === 1 && issue.inclusive !== false) return issue.origin === "string" ? `请填写${what}` : `${what}不能为空`;
    return issue.inclusive === false ? `${what}应多于 ${min} ${unit}` : `${what}至少 ${min} ${unit}`;
  }
  if (issue.minimum === Number.MIN_SAFE_INTEGER) return `${what}过小`;
  if (issue.origin === "date") return issue.inclusive === false ? `${what}应晚于 ${min}` : `${what}不能早于 ${min}`;
  return issue.inclusive === false ? `${what}应大于 ${min}` : `${what}不能小于 ${min}`;
}

function invalidFormat(issue: Extract<Issue, { code: "invalid_format" }>, what: string): string {
  switch (issue.format) {
    case "email":
      return `${what}不是有效的电子邮箱地址`;
    case "url":
      return `${what}不是有效的网址`;
    case "date":
    case "datetime":
      return `${what}不是有效的日期`;
    case "time":
      return `${what}不是有效的时间`;
    default:
      return `${what}格式不正确`;
  }
}

function unrecognizedKeys(issue: Extract<Issue, { code: "unrecognized_keys" }>): string {
  const where = fieldLabel(issue.path ?? []);
  const cells = issue.keys.filter((k) => CELL_CODE.test(k));
  const parts: string[] = [];
  if (cells.length > 0) parts.push(`不允许的字段：${cells.join("、")}`);
  if (cells.length < issue.keys.length) parts.push("包含未知的字段");
  return (where ? `${where}中` : "") + parts.join("；");
}

/** Whether a value may be printed in a message: a number, or text without Latin words. */
const printable = (v: unknown) => typeof v === "number" || (typeof v === "string" && v !== "" && !/[A-Za-z]{2,}/.test(v));

function invalidValue(issue: Extract<Issue, { code: "invalid_value" }>, what: string): string {
  const values = issue.values as unknown[];
  if (values.length > 1 && values.every(printable)) return `${what}只能是 ${values.map(String).join("、")} 之一`;
  return values.length > 1 ? `${what}不是可选的值` : `${what}不正确`;
}

function invalidUnion(issue: Extract<Issue, { code: "invalid_union" }>, what: string): string {
  if (issue.input === undefined) return `请填写${what}`;
  if ("discriminator" in issue && issue.discriminator !== undefined) return `${what}类别不正确`;
  // A union of plain types (text or number): name what it takes.
  const branches = (issue.errors ?? []) as readonly (readonly z.core.$ZodIssue[])[];
  const words = branches.map((b) => (b.length === 1 && b[0]!.code === "invalid_type" && b[0]!.path.length === 0 ? TYPE_WORDS[b[0]!.expected] : undefined));
  if (words.length > 0 && words.every(Boolean)) return `${what}应为${[...new Set(words)].join("或")}`;
  return `${what}不正确`;
}

/** The message for an issue no schema worded. */
export function chineseMessage(issue: Issue): string {
  const what = subject(issue);
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue, what);
    case "too_big":
      return tooBig(issue, what);
    case "too_small":
      return tooSmall(issue, what);
    case "invalid_format":
      return invalidFormat(issue, what);
    case "not_multiple_of":
      return `${what}应为 ${String(issue.divisor)} 的倍数`;
    case "unrecognized_keys":
      return unrecognizedKeys(issue);
    case "invalid_key":
      return `${what}中有名称不正确的项`;
    case "invalid_element":
      return `${what}中有不正确的项`;
    case "invalid_value":
      return invalidValue(issue, what);
    case "invalid_union":
      return invalidUnion(issue, what);
    default:
      return `${what}不正确`;
  }
}
