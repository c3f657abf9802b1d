import "server-only";
import { drillDown, formatScaled, isLeaf, type CellInfo, type CellValues, type DrillNode, type OrgTree, type RosterNode } from "@/lib";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { loadCycleTotals } from "@/db/queries/cycle-totals";
import type { CurrentUser } from "../current-user";
import { can } from "../guards";

/** One row of the drill-down tree as the client table shows it (no bigints: printed on the server). */
export type DrillRow = {
  key: string;
  code: string;
  name: string;
  /** Exact, as a decimal string without separators (the JSON route's figure). */
  value: string;
  /** With thousands separators, as shown. */
  text: string;
  share: string | null;
  leaf: boolean;
  leaves: number;
  /** The unit's own statistics page. */
  href: string;
  children?: DrillRow[];
};

export type Drill = {
  root: DrillRow;
  /** Units below that the user may not read: folded into one figure, never named. */
  hidden: { units: number; text: string } | null;
};

/**
 * Where a compiled cell of `node` comes from: each leaf below it with what the compiled table
 * counts for it (the leaf's entry in `loadCycleTotals(…, "approved")`, the very totals the
 * statistics page and the home page print, so the drill-down always adds up to the figure it
 * was opened from), down to the leaves with subtotals. Units the user may not read
 * (stats.read) are left out of the tree; their sum is reported as one hidden figure.
 */
export function loadDrill(db: Db, user: CurrentUser, cycle: Cycle, tree: OrgTree, node: RosterNode, cell: CellInfo): Drill {
  const totals = loadCycleTotals(db, cycle.year, "approved")?.totals ?? new Map<number, CellValues>();
  const leafValues = new Map([...totals].filter(([orgId]) => tree.nodes.has(orgId) && isLeaf(tree, orgId)));
  const drill = drillDown(tree, node.orgId, cell.code, cell.scale, leafValues)!;
  let hiddenUnits = 0;
  let hiddenValue = 0n;
  const toRow = (n: DrillNode): DrillRow => {
    const kids: DrillRow[] = [];
    for (const c of n.children) {
      if (can(user, "stats.read", { kind: "org", orgId: c.orgId })) kids.push(toRow(c));
      else {
        hiddenUnits += c.leaves;
        hiddenValue += c.value;
      }
    }
    return {
      key: n.code,
      code: n.code,
      name: n.name,
      value: formatScaled(n.value, cell.scale),
      text: n.text,
      share: n.share,
      leaf: n.leaf,
      leaves: n.leaves,
      href: `/stats/${cycle.year}/${encodeURIComponent(n.code)}`,
      ...(kids.length ? { children: kids } : {}),
    };
  };
  const root = toRow(drill);
  return { root, hidden: hiddenUnits ? { units: hiddenUnits, text: formatScaled(hiddenValue, cell.scale, true) } : null };
}
