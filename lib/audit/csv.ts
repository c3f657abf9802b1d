import { formatAuditTime } from "./time";

export const AUDIT_CSV_HEADER = ["编号", "时间", "用户", "单位", "地址", "操作", "对象类型", "对象", "详情"] as const;

/** Excel and WPS read UTF-8 CSV as UTF-8 only with this mark. */
export const CSV_BOM = "\uFEFF";

/** What one exported line shows: the row plus the unit of its user. */
export type AuditCsvRecord = {
  id: number;
  at: number;
  userId: number | null;
  username: string | null;
  orgCode: string | null;
  orgName: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detailJson: string | null;
};

/**
 * One CSV field (RFC 4180 quoting). A value starting with = + - @ or a tab/CR would run as a
 * formula in Excel/WPS (the address and detail columns carry user-controlled text), so it gets a
 * leading apostrophe, as OWASP advises for CSV exports.
 */
export function csvField(value: string | number | null): string {
  let s = value === null ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csvLine(fields: (string | number | null)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

export function auditCsvHeaderLine(): string {
  return csvLine([...AUDIT_CSV_HEADER]);
}

/** 单位 is "名称（代码）"; 用户 falls back to "#id" for a row without a recorded username. */
export function auditCsvLine(r: AuditCsvRecord): string {
  const user = r.username ?? (r.userId === null ? null : `#${r.userId}`);
  const org = r.orgCode === null ? null : r.orgName ? `${r.orgName}（${r.orgCode}）` : r.orgCode;
  return csvLine([r.id, formatAuditTime(r.at), user, org, r.ip, r.action, r.targetType, r.targetId, r.detailJson]);
}
