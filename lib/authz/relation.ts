import type { TreeAccess } from "./tree-access";

/**
 * Where a target unit sits seen from a unit holding a grant: the unit itself, a direct child,
 * a deeper descendant, an ancestor (parent or higher), or another branch.
 */
export type Relation = "own" | "child" | "descendant" | "ancestor" | "unrelated";

export const RELATION_NAMES = {
  own: "本单位",
  child: "直属下级单位",
  descendant: "更下级单位",
  ancestor: "上级单位",
  unrelated: "无隶属关系的单位",
} as const satisfies Record<Relation, string>;

/**
 * The units above `orgId`, nearest first. Stops at a repeated unit, so a malformed parent map
 * (a cycle) cannot loop forever.
 */
export function ancestorsOf(tree: TreeAccess, orgId: number): number[] {
  const out: number[] = [];
  const seen = new Set([orgId]);
  for (let p = tree.parentOf(orgId); p !== null && !seen.has(p); p = tree.parentOf(p)) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/**
 * How `target` relates to `from`.
 * @param tree the organisation tree
 * @param from the unit a grant is held on
 * @param target the unit acted upon
 */
export function relationOf(tree: TreeAccess, from: number, target: number): Relation {
  if (from === target) return "own";
  const depth = ancestorsOf(tree, target).indexOf(from);
  if (depth === 0) return "child";
  if (depth > 0) return "descendant";
  return ancestorsOf(tree, from).includes(target) ? "ancestor" : "unrelated";
}

/** True for a unit at or below `from` (own, child or deeper). */
export function isAtOrBelow(tree: TreeAccess, from: number, target: number): boolean {
  const r = relationOf(tree, from, target);
  return r === "own" || r === "child" || r === "descendant";
}
