import { z } from "zod";
import "../validation/zod-config";

/**
 * Kinds of unit. Governments: region, league_city (盟 行政公署 or 设区的市), county (旗县市区),
 * township (苏木乡镇/街道). Agencies: gov_office (政府本级（办公室）), department (本级部门),
 * dev_zone (开发区管委会), vertical (垂直管理: outside an area's sums unless the office counts it).
 */
export const ORG_KINDS = ["region", "department", "league_city", "county", "gov_office", "township", "dev_zone", "vertical"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  region: "自治区/省",
  department: "区直部门",
  league_city: "盟市",
  county: "旗县",
  gov_office: "政府本级（办公室）",
  township: "苏木乡镇/街道",
  dev_zone: "开发区管委会",
  vertical: "垂直管理",
};

export const ORG_COLUMNS = ["code", "name", "parent_code", "kind"] as const;

/** Optional columns after the four: `rule_making` (规章制定权, 1/0; blank or absent: unchanged, new units 0). */
export const ORG_OPTIONAL_COLUMNS = ["rule_making"] as const;

/** Whether a header (lower-cased, trimmed) is the four columns, optionally followed by rule_making. */
export function isOrgHeader(names: readonly string[]): boolean {
  const n = names.length;
  return (n === ORG_COLUMNS.length || n === ORG_COLUMNS.length + ORG_OPTIONAL_COLUMNS.length) && names.join(",") === [...ORG_COLUMNS, ...ORG_OPTIONAL_COLUMNS].slice(0, n).join(",");
}

/** 1 / 0 (also 是 / 否, true / false); blank: not given. */
const ruleMakingCell = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx) => {
    const v = (s ?? "").toLowerCase();
    if (v === "") return null;
    if (["1", "是", "true"].includes(v)) return true;
    if (["0", "否", "false"].includes(v)) return false;
    ctx.addIssue({ code: "custom", message: `规章制定权（rule_making）只能填 1 或 0，实际为“${s}”` });
    return z.NEVER;
  });

export const orgRowSchema = z.object({
  code: z.string().trim().min(1, "单位代码不能为空").max(32, "单位代码过长").regex(/^[A-Za-z0-9_-]+$/, "单位代码只能包含字母、数字、下划线和连字符"),
  name: z.string().trim().min(1, "单位名称不能为空").max(100, "单位名称过长"),
  parentCode: z.string().trim().transform((s) => (s === "" ? null : s)),
  kind: z.enum(ORG_KINDS, { error: `单位类型只能是 ${ORG_KINDS.join("、")}` }),
  /** 规章制定权; null when the file does not say (an existing unit keeps its value). */
  ruleMaking: ruleMakingCell,
});
export type OrgRow = z.output<typeof orgRowSchema>;

export type OrgProblem = { line: number; code: string | null; message: string };

/** Checks an organisation file (code,name,parent_code,kind[,rule_making]) and reports every bad line at once. */
export function validateOrgRows(header: string[], rows: string[][]): { ok: true; rows: OrgRow[] } | { ok: false; problems: OrgProblem[] } {
  const problems: OrgProblem[] = [];
  if (!isOrgHeader(header.map((h) => h.trim().toLowerCase()))) {
    return { ok: false, problems: [{ line: 1, code: null, message: `表头应为 ${ORG_COLUMNS.join(",")}（可再加一列 rule_making），实际为 ${header.join(",")}` }] };
  }
  const out: OrgRow[] = [];
  const lines = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = i + 2;
    const parsed = orgRowSchema.safeParse({ code: r[0] ?? "", name: r[1] ?? "", parentCode: r[2] ?? "", kind: r[3] ?? "", ruleMaking: r[4] ?? "" });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, code: r[0] ?? null, message: issue.message });
      return;
    }
    const row = parsed.data;
    if (lines.has(row.code)) problems.push({ line, code: row.code, message: `单位代码 ${row.code} 在第 ${lines.get(row.code)} 行已出现` });
    if (row.parentCode === row.code) problems.push({ line, code: row.code, message: "单位不能是自己的上级" });
    lines.set(row.code, line);
    out.push(row);
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows: out };
}
