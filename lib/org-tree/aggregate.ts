import type { CellValues } from "../values";
import type { OrgTree, RosterNode } from "./tree";

/** Adds tables cell by cell, exactly; a cell blank in every part stays blank. */
export function sumValues(parts: Iterable<CellValues>): CellValues {
  const out: CellValues = {};
  for (const p of parts) for (const [code, v] of Object.entries(p)) out[code] = (out[code] ?? 0n) + v;
  return out;
}

/**
 * Totals of every node: a leaf's own submission, or the sum of its children's totals, so a
 * node's total is the sum of the leaf submissions below it. Leaves with no (counted)
 * submission contribute nothing; a unit outside the sums (inSums false) has its own totals but
 * is not added into its parent's.
 */
export function aggregateTree(tree: OrgTree, leafValues: Map<number, CellValues>): Map<number, CellValues> {
  const totals = new Map<number, CellValues>();
  const visit = (n: RosterNode): CellValues => {
    const kids = tree.children.get(n.orgId) ?? [];
    // Every child gets its totals; those outside the sums (垂直管理) are not added in.
    const v = kids.length ? sumValues(kids.map((k) => [k, visit(k)] as const).flatMap(([k, t]) => (k.inSums === false ? [] : [t]))) : (leafValues.get(n.orgId) ?? {});
    totals.set(n.orgId, v);
    return v;
  };
  tree.roots.forEach(visit);
  return totals;
}

/** Sum of a list of cells in one table (all at one scale). */
export function cellSum(values: CellValues, cells: string[]): bigint | null {
  let seen = false;
  let s = 0n;
  for (const c of cells) {
    const v = values[c];
    if (v !== undefined) {
      seen = true;
      s += v;
    }
  }
  return seen ? s : null;
}

/**
 * Cells some units do not report (a published history table has no 2021 F1–F3): a node's total of
 * such a cell is not reported when any unit it counts lacks it. Each unit with data gets 1 for
 * every one of `cells` it lacks; adding these up with the same counting function as the totals
 * (`count`) tells, per node, how many counted units lack a cell. Those cells are taken out of the
 * node's totals. Units without any data (no submission) lack nothing.
 */
export function withoutPartialCells(
  totals: Map<number, CellValues>,
  unitValues: ReadonlyMap<number, CellValues>,
  cells: readonly string[],
  count: (lacking: Map<number, CellValues>) => Map<number, CellValues>,
): Map<number, CellValues> {
  if (cells.length === 0) return totals;
  const lacking = new Map<number, CellValues>();
  for (const [orgId, values] of unitValues) {
    if (Object.keys(values).length === 0) continue;
    const marks: CellValues = {};
    for (const c of cells) if (values[c] === undefined) marks[c] = 1n;
    lacking.set(orgId, marks);
  }
  const lackingTotals = count(lacking);
  const out = new Map<number, CellValues>();
  for (const [orgId, values] of totals) {
    const lack = lackingTotals.get(orgId) ?? {};
    const kept: CellValues = {};
    for (const [code, v] of Object.entries(values)) if (!lack[code]) kept[code] = v;
    out.set(orgId, kept);
  }
  return out;
}
