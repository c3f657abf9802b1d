/** One unit of a cycle's roster: the organisation tree as it was when the cycle was created. */
export type RosterNode = {
  orgId: number;
  code: string;
  name: string;
  kind: string;
  parentOrgId: number | null;
  /** What the unit's report covers this cycle (default area: everything below; both: two reports, lib/report/coverage). */
  coverage?: "area" | "own" | "both";
  /** false: not counted in the parent's sums this cycle (垂直管理 unless the office includes it). */
  inSums?: boolean;
};

export type OrgTree = {
  nodes: Map<number, RosterNode>;
  children: Map<number, RosterNode[]>;
  byCode: Map<string, RosterNode>;
  roots: RosterNode[];
};

/** Builds the tree, children ordered by code; refuses a parent outside the roster or a cycle. */
export function buildTree(roster: RosterNode[]): OrgTree {
  const nodes = new Map(roster.map((n) => [n.orgId, n]));
  const byCode = new Map(roster.map((n) => [n.code, n]));
  if (byCode.size !== roster.length || nodes.size !== roster.length) throw new Error("单位名册中存在重复的单位代码或编号");
  const children = new Map<number, RosterNode[]>();
  const roots: RosterNode[] = [];
  for (const n of roster) {
    if (n.parentOrgId === null) roots.push(n);
    else if (!nodes.has(n.parentOrgId)) throw new Error(`单位 ${n.code} 的上级不在本周期的单位名册中`);
    else children.set(n.parentOrgId, [...(children.get(n.parentOrgId) ?? []), n]);
  }
  for (const list of children.values()) list.sort((a, b) => compareCodes(a.code, b.code));
  const seen = new Set<number>();
  const walk = (n: RosterNode) => {
    seen.add(n.orgId);
    (children.get(n.orgId) ?? []).forEach(walk);
  };
  roots.forEach(walk);
  if (seen.size !== nodes.size) throw new Error("单位名册中存在循环的上下级关系");
  return { nodes, children, byCode, roots };
}

export function isLeaf(tree: OrgTree, orgId: number): boolean {
  return (tree.children.get(orgId)?.length ?? 0) === 0;
}

/** Every leaf at or below a node. */
export function leavesUnder(tree: OrgTree, orgId: number): RosterNode[] {
  const node = tree.nodes.get(orgId);
  if (!node) return [];
  const kids = tree.children.get(orgId) ?? [];
  return kids.length ? kids.flatMap((k) => leavesUnder(tree, k.orgId)) : [node];
}

/** Unit codes order by their characters (not by locale), so ties break the same everywhere. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
