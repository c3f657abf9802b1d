import { compareCodes } from "./tree";

/** A unit of today's organisation tree, as the administrator edits it (not a cycle's roster). */
export type OrgRecord = {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  predecessorId: number | null;
  /** 规章制定权 (organisations.rule_making). */
  ruleMaking?: boolean;
};

/** Today's tree, indexed for the edit rules. */
export type OrgIndex = {
  byId: ReadonlyMap<number, OrgRecord>;
  byCode: ReadonlyMap<string, OrgRecord>;
  /** Children by parent id, ordered by code. */
  children: ReadonlyMap<number, readonly OrgRecord[]>;
  roots: readonly OrgRecord[];
};

/**
 * Indexes a list of units (in any order). A parent missing from the list counts as no parent,
 * so a partial list still indexes.
 */
export function indexOrgs(orgs: readonly OrgRecord[]): OrgIndex {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const children = new Map<number, OrgRecord[]>();
  const roots: OrgRecord[] = [];
  for (const o of [...orgs].sort((a, b) => compareCodes(a.code, b.code))) {
    if (o.parentId === null || !byId.has(o.parentId)) roots.push(o);
    else children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
  }
  return { byId, byCode, children, roots };
}

/**
 * Every unit below `id` (children, grandchildren, …). Stops at a unit already seen, so a
 * malformed tree (a cycle) cannot loop forever.
 */
export function descendantIds(index: OrgIndex, id: number): Set<number> {
  const out = new Set<number>();
  const stack = [...(index.children.get(id) ?? [])];
  while (stack.length) {
    const o = stack.pop()!;
    if (out.has(o.id) || o.id === id) continue;
    out.add(o.id);
    stack.push(...(index.children.get(o.id) ?? []));
  }
  return out;
}

/** True when making `parentId` the parent of `id` would make `id` its own ancestor. */
export function wouldCreateCycle(parents: ReadonlyMap<number, number | null>, id: number, parentId: number): boolean {
  const seen = new Set<number>();
  for (let at: number | null | undefined = parentId; at != null && !seen.has(at); at = parents.get(at)) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}
