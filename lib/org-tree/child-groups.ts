import { cellSum } from "./aggregate";
import { compareCodes, type OrgTree } from "./tree";
import type { CellValues } from "../values";

/** A group of a node's direct children by kind, with its printed label (which may name the unit's words). */
export type ChildGroup = { kinds: readonly string[]; label: string };

export type GroupShare = { label: string; value: bigint };

/**
 * A node's total split by its direct children: the first grouping in which every group has at
 * least one child (政府本级 / 本级部门 / 下级政府 where all three exist, else 本级 / 下级政府);
 * null when none fits (children all of one kind, or none), so nothing is split.
 */
export function splitByChildGroups(
  tree: OrgTree,
  totals: Map<number, CellValues>,
  orgId: number,
  cells: string[],
  groupings: readonly (readonly ChildGroup[])[],
): GroupShare[] | null {
  const kids = tree.children.get(orgId) ?? [];
  for (const groups of groupings) {
    const members = groups.map((g) => kids.filter((k) => g.kinds.includes(k.kind)));
    if (members.some((m) => m.length === 0)) continue;
    return groups.map((g, i) => ({ label: g.label, value: members[i]!.reduce((s, k) => s + (cellSum(totals.get(k.orgId) ?? {}, cells) ?? 0n), 0n) }));
  }
  return null;
}

export type RankedChild = { orgId: number; code: string; name: string; value: bigint };

/** The top n direct children of some kinds by a cell sum; ties broken by unit code. */
export function topChildrenOf(tree: OrgTree, totals: Map<number, CellValues>, orgId: number, kinds: readonly string[], cells: string[], n: number): RankedChild[] {
  return (tree.children.get(orgId) ?? [])
    .filter((k) => kinds.includes(k.kind))
    .map((k) => ({ orgId: k.orgId, code: k.code, name: k.name, value: cellSum(totals.get(k.orgId) ?? {}, cells) ?? 0n }))
    .sort((a, b) => (a.value === b.value ? compareCodes(a.code, b.code) : a.value > b.value ? -1 : 1))
    .slice(0, n);
}
