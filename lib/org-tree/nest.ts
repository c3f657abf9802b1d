import { compareCodes } from "./tree";

export type Nested<T> = T & { children?: Nested<T>[] };

/**
 * Nests flat units into a tree for display (a nested table): children ordered by code, leaves
 * without a `children` key. A unit whose parent is missing from `rows` shows as a root, so
 * nothing is hidden.
 */
export function nestOrgs<T extends { id: number; parentId: number | null; code: string }>(rows: readonly T[]): Nested<T>[] {
  const ids = new Set(rows.map((r) => r.id));
  const kids = new Map<number, T[]>();
  const roots: T[] = [];
  for (const r of [...rows].sort((a, b) => compareCodes(a.code, b.code))) {
    if (r.parentId === null || !ids.has(r.parentId) || r.parentId === r.id) roots.push(r);
    else kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
  }
  const seen = new Set<number>();
  const build = (r: T): Nested<T> => {
    seen.add(r.id);
    const children = (kids.get(r.id) ?? []).filter((c) => !seen.has(c.id)).map(build);
    return children.length ? { ...r, children } : { ...r };
  };
  return roots.map(build);
}
