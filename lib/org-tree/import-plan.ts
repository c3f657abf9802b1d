import { orgRowSchema } from "../import/validate-orgs";
import { orgLabel } from "./edit-rules";

/** One row of an organisation import as it arrives (a file line or a JSON object). */
export type OrgImportRow = { code: string; name: string; parentCode?: string | null; kind: string; ruleMaking?: string | null };

/** A unit as the import compares it: today's tree by code. */
export type ExistingOrg = { code: string; name: string; kind: string; parentCode: string | null; active: boolean; ruleMaking?: boolean };

export type OrgChange = { field: "name" | "kind" | "parent" | "rule_making"; before: string | null; after: string | null };

/** What importing one row will do. */
export type OrgImportItem = {
  /** The file line (the header is line 1, the first unit line 2). */
  line: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  /** 规章制定权 as the file gives it; null: not given (an existing unit keeps its value, a new one has none). */
  ruleMaking: boolean | null;
  status: "add" | "change" | "same" | "refused";
  changes: OrgChange[];
  problems: string[];
};

export type OrgImportPlan = {
  items: OrgImportItem[];
  counts: Record<OrgImportItem["status"], number>;
  /** True when nothing is refused: the import may be committed (all rows or none). */
  ok: boolean;
};

/**
 * What importing `rows` into today's tree would do, row by row: add a new unit, change an
 * existing one (name, kind, parent), leave it as it is, or refuse it. Refused: a row that
 * fails the row rules, a code repeated in the file, a parent that is neither in the tree nor in
 * the file, an inactive parent, or a parent link that would make a unit its own ancestor. The
 * import commits only when nothing is refused.
 */
export function planOrgImport(existing: readonly ExistingOrg[], rows: readonly OrgImportRow[]): OrgImportPlan {
  const byCode = new Map(existing.map((o) => [o.code, o]));
  const firstLine = new Map<string, number>();
  const items: OrgImportItem[] = rows.map((raw, i) => {
    const line = i + 2;
    const parsed = orgRowSchema.safeParse({ ...raw, parentCode: raw.parentCode ?? "", ruleMaking: raw.ruleMaking ?? "" });
    const base = { line, code: String(raw.code ?? "").trim(), name: String(raw.name ?? "").trim(), kind: String(raw.kind ?? "").trim() };
    if (!parsed.success) {
      return { ...base, parentCode: raw.parentCode?.trim() || null, ruleMaking: null, status: "refused", changes: [], problems: parsed.error.issues.map((x) => x.message) };
    }
    const row = parsed.data;
    const problems: string[] = [];
    const seenAt = firstLine.get(row.code);
    if (seenAt !== undefined) problems.push(`单位代码 ${row.code} 在第 ${seenAt} 行已出现`);
    else firstLine.set(row.code, line);
    const old = byCode.get(row.code);
    const changes: OrgChange[] = [];
    if (old) {
      if (old.name !== row.name) changes.push({ field: "name", before: old.name, after: row.name });
      if (old.kind !== row.kind) changes.push({ field: "kind", before: old.kind, after: row.kind });
      if (old.parentCode !== row.parentCode) changes.push({ field: "parent", before: old.parentCode, after: row.parentCode });
      const had = old.ruleMaking ?? false;
      if (row.ruleMaking !== null && row.ruleMaking !== had) changes.push({ field: "rule_making", before: had ? "1" : "0", after: row.ruleMaking ? "1" : "0" });
    }
    const status = old ? (changes.length ? "change" : "same") : "add";
    return { line, code: row.code, name: row.name, kind: row.kind, parentCode: row.parentCode, ruleMaking: row.ruleMaking, status, changes, problems };
  });

  // The tree after the import: today's parents, overridden by the file's (first row of a code wins).
  const parentAfter = new Map(existing.map((o) => [o.code, o.parentCode]));
  const inFile = new Set<string>();
  for (const item of items) {
    if (item.status === "refused" || inFile.has(item.code)) continue;
    inFile.add(item.code);
    parentAfter.set(item.code, item.parentCode);
  }
  const onCycle = codesOnCycles(parentAfter);
  const roots = [...parentAfter].filter(([, p]) => p === null).map(([code]) => code);

  for (const item of items) {
    if (item.status === "refused") continue;
    const p = item.parentCode;
    if (p === item.code) item.problems.push("单位不能是自己的上级");
    else if (p !== null && !parentAfter.has(p)) item.problems.push(`上级单位代码 ${p} 既不在现有单位中，也不在导入文件中`);
    else if (p !== null && byCode.get(p)?.active === false) item.problems.push(`上级单位「${orgLabel(byCode.get(p)!)}」已停用`);
    else if (p !== null && onCycle.has(item.code)) item.problems.push("上下级关系形成循环（单位成了自己的上级）");
    if (p === null && roots.length > 1 && byCode.get(item.code)?.parentCode !== null) item.problems.push("只能有一个根单位，请填写上级单位代码");
    if (item.problems.length) item.status = "refused";
  }
  const counts = { add: 0, change: 0, same: 0, refused: 0 };
  for (const item of items) counts[item.status]++;
  return { items, counts, ok: counts.refused === 0 };
}

/** The codes that lie on a parent cycle of `parents` (code → parent code). */
function codesOnCycles(parents: ReadonlyMap<string, string | null>): Set<string> {
  const out = new Set<string>();
  const clear = new Set<string>();
  for (const start of parents.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null | undefined = start;
    while (at != null && !clear.has(at) && !out.has(at)) {
      if (onPath.has(at)) {
        for (const code of path.slice(path.indexOf(at))) out.add(code);
        break;
      }
      onPath.add(at);
      path.push(at);
      at = parents.get(at);
    }
    for (const code of path) if (!out.has(code)) clear.add(code);
  }
  return out;
}
