import { ROLE_NAMES } from "../authz/roles";
import { ORG_KIND_LABELS } from "../import/validate-orgs";
import { ownFieldLabel } from "../validation/field-labels";
import { COVERAGE_LABELS } from "../validation/roster-scope";
import { SUBMISSION_STATUS_LABELS } from "../workflow/statuses";
import { auditActionLabel, AUDIT_TARGET_LABELS } from "./action-labels";
import { AUDIT_DETAIL_LABELS, AUDIT_HIDDEN_DETAILS, AUDIT_REASON_LABELS, AUDIT_SETTING_LABELS } from "./detail-labels";
import { formatAuditTime } from "./time";

/**
 * An audit entry in words for the auditor's page: who (by name), on what (a user, unit, cycle,
 * submission or report by name), and what changed, with codes (states, roles, kinds, reasons)
 * as their Chinese labels. The names come from the database through `AuditNames`.
 */

export type AuditPerson = { username: string; displayName: string };

/** What the loader looked up for the entries of a page. */
export type AuditNames = {
  userById: (id: number) => AuditPerson | undefined;
  userByName: (username: string) => AuditPerson | undefined;
  /** A unit's name by code. */
  org: (code: string) => string | undefined;
  /** A cycle's title ("2026年度", or its label). */
  cycle: (year: number) => string;
};

export type AuditEntryInput = { userId: number | null; username: string | null; action: string; targetType: string | null; targetId: string | null; detailJson: string | null };
export type AuditLine = { label: string; value: string };
export type AuditEntryWords = { user: string; action: string; target: string; lines: AuditLine[]; summary: string };

/** Keys whose values are units, shown by name (a unit's own `code` stays a code: it is labelled 单位代码). */
const ORG_KEYS = new Set(["org", "orgCode", "parent", "parentCode", "successor", "successorCode", "predecessor", "compiled"]);
const STATUS_KEYS = new Set(["before", "after", "status"]);
/** Keys that say which row an object is about: shown even when unchanged. */
const IDENTITY_KEYS = new Set(["username", "code"]);
const LIST_MAX = 10;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function personName(p: AuditPerson | undefined, fallback: string): string {
  return p ? `${p.displayName}（${p.username}）` : fallback;
}

function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} 字节`;
}

/** The page's words for a detail of one entry. */
class Words {
  constructor(
    private readonly action: string,
    private readonly names: AuditNames,
  ) {}

  /** A key's name; under `parents` (nested objects) its own name for that place, else "parent的key". */
  label(key: string, parents: readonly string[] = []): string {
    const own = AUDIT_DETAIL_LABELS[`${this.action}.${key}`] ?? AUDIT_DETAIL_LABELS[key];
    const alone = own ?? ownFieldLabel(key.split(".")) ?? key;
    if (parents.length === 0) return alone;
    const placed = own ? null : ownFieldLabel([...parents, key]);
    if (placed && placed !== ownFieldLabel([key])) return placed;
    return `${this.label(parents.at(-1)!, parents.slice(0, -1))}的${alone}`;
  }

  value(key: string, v: unknown): string {
    if (v === null || v === undefined) return "无";
    if (typeof v === "boolean") return v ? "是" : "否";
    if (typeof v === "number") return this.number(key, v);
    if (typeof v === "string") return this.text(key, v);
    if (Array.isArray(v)) return this.list(key, v);
    if (isPlainObject(v)) return this.object(v);
    return String(v);
  }

  private number(key: string, n: number): string {
    if (key === "lockedUntil") return formatAuditTime(n);
    if (key === "bytes" || key === "size") return bytes(n);
    return String(n);
  }

  private text(key: string, s: string): string {
    if (STATUS_KEYS.has(key) && s in SUBMISSION_STATUS_LABELS) return SUBMISSION_STATUS_LABELS[s as keyof typeof SUBMISSION_STATUS_LABELS];
    if (ORG_KEYS.has(key)) return this.names.org(s) ?? s;
    if (key === "username") return personName(this.names.userByName(s), s);
    if (key === "role") return (ROLE_NAMES as Record<string, string>)[s] ?? s;
    if (key === "kind") return (ORG_KIND_LABELS as Record<string, string>)[s] ?? s;
    if (key === "reason") return AUDIT_REASON_LABELS[s] ?? s;
    if (key === "coverage") return (COVERAGE_LABELS as Record<string, string>)[s] ?? s;
    if (key === "action") return auditActionLabel(s);
    if (key === "fields") return ownFieldLabel([s]) ?? s;
    return s;
  }

  private list(key: string, items: unknown[]): string {
    if (items.length === 0) return "无";
    if (key === "keys") return `${items.length} 条`;
    if (key === "comments") return items.map((c) => this.comment(c)).join("；");
    const shown = items.slice(0, LIST_MAX).map((item) => (isPlainObject(item) ? `（${this.object(item)}）` : this.value(key, item)));
    return shown.join("、") + (items.length > LIST_MAX ? ` 等 ${items.length} 项` : "");
  }

  private comment(c: unknown): string {
    if (!isPlainObject(c)) return this.value("comments", c);
    const where = typeof c.cellCode === "string" && c.cellCode ? `（${c.cellCode}）` : "（整体）";
    return `${where}${typeof c.text === "string" ? c.text : ""}`;
  }

  object(o: Record<string, unknown>): string {
    return this.fields(o)
      .map(([k, v]) => `${this.label(k)} ${this.value(k, v)}`)
      .join("，");
  }

  /** An object's entries as shown: hidden ones and a template's id beside its name left out. */
  fields(o: Record<string, unknown>): [string, unknown][] {
    return Object.entries(o).filter(([k]) => !AUDIT_HIDDEN_DETAILS.has(k) && !(k === "templateId" && "template" in o));
  }

  /** What changed between `before` and `after`, one line per field (`parents`: the keys of nested objects). */
  changes(before: unknown, after: unknown, parents: readonly string[] = []): AuditLine[] {
    const at = (k: string) => this.label(k, parents);
    if (!isPlainObject(before) && !isPlainObject(after)) {
      if (Array.isArray(before) || Array.isArray(after)) {
        return [
          { label: at("before"), value: this.value("before", before) },
          { label: at("after"), value: this.value("after", after) },
        ];
      }
      const label = parents.length ? this.label(parents.at(-1)!, parents.slice(0, -1)) : this.action.startsWith("stats.") ? "状态" : this.action === "demo.date" ? "演示日期" : "变更";
      return [{ label, value: this.transition("before", before, after) }];
    }
    const b = isPlainObject(before) ? before : null;
    const a = isPlainObject(after) ? after : null;
    if (!b || !a) {
      // Made or removed: what the object is (or was).
      const only = (a ?? b)!;
      return this.fields(only).map(([k, v]) => ({ label: at(k), value: this.value(k, v) }));
    }
    const keys = [...new Set([...this.fields(b).map(([k]) => k), ...this.fields(a).map(([k]) => k)])];
    const lines: AuditLine[] = [];
    for (const k of keys) {
      const same = JSON.stringify(b[k]) === JSON.stringify(a[k]);
      if (same && !IDENTITY_KEYS.has(k)) continue;
      if (same) lines.push({ label: at(k), value: this.value(k, a[k]) });
      else if (isPlainObject(b[k]) && isPlainObject(a[k])) lines.push(...this.changes(b[k], a[k], [...parents, k]));
      else lines.push({ label: at(k), value: this.transition(k, b[k], a[k]) });
    }
    return lines;
  }

  private transition(key: string, before: unknown, after: unknown): string {
    const b = this.value(key, before);
    const a = this.value(key, after);
    return b === a ? `${a}（未变）` : `${b} → ${a}`;
  }
}

function parse(detailJson: string | null): unknown {
  if (detailJson === null) return null;
  try {
    return JSON.parse(detailJson) as unknown;
  } catch {
    return detailJson;
  }
}

/** The detail of an entry, line by line. */
export function auditDetailLines(action: string, detailJson: string | null, names: AuditNames): AuditLine[] {
  const d = parse(detailJson);
  if (d === null) return [];
  const words = new Words(action, names);
  if (!isPlainObject(d)) return [{ label: "详情", value: words.value("detail", d) }];
  const hasChange = "before" in d || "after" in d;
  const lines = hasChange ? words.changes(d.before, d.after) : [];
  for (const [k, v] of words.fields(d)) {
    if (hasChange && (k === "before" || k === "after")) continue;
    lines.push({ label: words.label(k), value: words.value(k, v) });
  }
  return lines;
}

/** The year and unit code of a "2026/150100" (or ".../own") target. */
function yearAndCode(id: string): { year: number; code: string; own: boolean } | null {
  const m = /^(\d{4})\/([^/]+)(\/own)?$/.exec(id);
  return m ? { year: Number(m[1]), code: m[2]!, own: m[3] !== undefined } : null;
}

/** What an entry acted on, by name: "用户 张三（zhangsan）", "报告 2018年度 统计局". */
export function auditTargetWords(targetType: string | null, targetId: string | null, names: AuditNames): string {
  if (targetType === null) return "";
  const kind = AUDIT_TARGET_LABELS[targetType] ?? "对象";
  if (targetId === null || targetType === "session") return kind;
  let what: string = targetId;
  if (targetType === "user") what = /^\d+$/.test(targetId) ? personName(names.userById(Number(targetId)), `编号 ${targetId}`) : targetId;
  else if (targetType === "organisation") what = names.org(targetId) ?? targetId;
  else if (targetType === "cycle") what = /^\d{4}$/.test(targetId) ? names.cycle(Number(targetId)) : targetId;
  else if (targetType === "setting") what = AUDIT_SETTING_LABELS[targetId] ?? targetId;
  else {
    const ref = yearAndCode(targetId);
    if (ref) what = `${names.cycle(ref.year)} ${names.org(ref.code) ?? ref.code}${ref.own ? "（本级报告）" : ""}`;
  }
  return `${kind} ${what}`;
}

/** One entry in words. */
export function describeAuditEntry(row: AuditEntryInput, names: AuditNames): AuditEntryWords {
  const person = row.userId !== null ? names.userById(row.userId) : row.username !== null ? names.userByName(row.username) : undefined;
  const user = personName(person, row.username ?? (row.userId === null ? "—" : `用户编号 ${row.userId}`));
  const lines = auditDetailLines(row.action, row.detailJson, names);
  return {
    user,
    action: auditActionLabel(row.action),
    target: auditTargetWords(row.targetType, row.targetId, names),
    lines,
    summary: lines.map((l) => `${l.label}：${l.value}`).join("；"),
  };
}
