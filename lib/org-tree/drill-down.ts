import type { CellValues } from "../values";
import { formatScaled } from "../values";
import { percentText } from "../figures/rational";
import { compareCodes, type OrgTree, type RosterNode } from "./tree";

/** One unit in a drill-down: its contribution to the cell, and (compiling units) its contributors. */
export type DrillNode = {
  orgId: number;
  code: string;
  name: string;
  kind: string;
  /** Exact value (the cell's scaled integer): a leaf's own, a compiling unit's the sum of its rows. */
  value: bigint;
  /** The value printed with thousands separators at the cell's scale. */
  text: string;
  /** Share of the drilled node's total in percent with 2 decimals ("12.50"), null when the total is 0. */
  share: string | null;
  leaf: boolean;
  /** Contributing leaves at or below this unit. */
  leaves: number;
  /** Sorted: value descending, ties by unit code. Empty for a leaf. */
  children: DrillNode[];
};

/**
 * Where a compiled cell's value comes from: the units below `nodeId` whose counted submission has
 * a value in `cellCode` (`leafValues` holds only the counted leaves), as a tree down to the leaves
 * with a subtotal per compiling unit and each unit's share of the total. A unit with nothing
 * counted below it is left out; blank cells are not contributions (a typed 0 is). Null when the
 * node is not in the tree.
 */
export function drillDown(tree: OrgTree, nodeId: number, cellCode: string, scale: number, leafValues: ReadonlyMap<number, CellValues>): DrillNode | null {
  const root = tree.nodes.get(nodeId);
  if (!root) return null;
  type Raw = Omit<DrillNode, "text" | "share" | "children"> & { children: Raw[] };
  const build = (n: RosterNode): Raw | null => {
    const kids = tree.children.get(n.orgId) ?? [];
    if (kids.length === 0) {
      const v = leafValues.get(n.orgId)?.[cellCode];
      return v === undefined ? null : { orgId: n.orgId, code: n.code, name: n.name, kind: n.kind, value: v, leaf: true, leaves: 1, children: [] };
    }
    const children = kids.map(build).filter((c): c is Raw => c !== null);
    if (children.length === 0) return null;
    children.sort(byValueThenCode);
    return {
      orgId: n.orgId,
      code: n.code,
      name: n.name,
      kind: n.kind,
      value: children.reduce((s, c) => s + c.value, 0n),
      leaf: false,
      leaves: children.reduce((s, c) => s + c.leaves, 0),
      children,
    };
  };
  const raw = build(root) ?? { orgId: root.orgId, code: root.code, name: root.name, kind: root.kind, value: 0n, leaf: (tree.children.get(root.orgId) ?? []).length === 0, leaves: 0, children: [] };
  const total = raw.value;
  const finish = (r: Raw): DrillNode => ({
    ...r,
    text: formatScaled(r.value, scale, true),
    share: percentText(r.value, total),
    children: r.children.map(finish),
  });
  return finish(raw);
}

function byValueThenCode(a: { value: bigint; code: string }, b: { value: bigint; code: string }): number {
  return a.value === b.value ? compareCodes(a.code, b.code) : a.value > b.value ? -1 : 1;
}

/** Every node of a drill-down tree, depth first (for tests and flat exports). */
export function flattenDrill(node: DrillNode): DrillNode[] {
  return [node, ...node.children.flatMap(flattenDrill)];
}
