import { drillDown, formatScaled, isLeaf, type CellInfo, type CellValues, type DrillNode, type OrgTree, type RosterNode } from "@/lib";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { loadCycleTotals } from "@/server/stats/cycle-totals";
import type { Drill, DrillRow } from "@/lib/contracts/review";
import type { CurrentUser } from "../kernel/caller";
import type { ReadContext } from "../kernel/read";
import { CommandError } from "../kernel/errors";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { buildTree } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { canOn } from "@/server/kernel/can";
import { treeAccessFor } from "../orgs/tree";

/**
 * Where a compiled cell of `node` comes from: each leaf below it with what the compiled table
 * counts for it (the leaf's entry in `loadCycleTotals(…, "approved")`, the very totals the
 * statistics page and the home page print, so the drill-down always adds up to the figure it
 * was opened from), down to the leaves with subtotals. Units the user may not read
 * (stats.read) are left out of the tree; their sum is reported as one hidden figure.
 */
export type { Drill, DrillRow } from "@/lib/contracts/review";

export function loadDrill(db: Db, user: CurrentUser, cycle: Cycle, tree: OrgTree, node: RosterNode, cell: CellInfo): Drill {
  const totals = loadCycleTotals(db, cycle.year, "approved")?.totals ?? new Map<number, CellValues>();
  const leafValues = new Map([...totals].filter(([orgId]) => tree.nodes.has(orgId) && isLeaf(tree, orgId)));
  const drill = drillDown(tree, node.orgId, cell.code, cell.scale, leafValues)!;
  let hiddenUnits = 0;
  let hiddenValue = 0n;
  const access = treeAccessFor(db, cycle.year);
  const toRow = (n: DrillNode): DrillRow => {
    const kids: DrillRow[] = [];
    for (const c of n.children) {
      if (canOn(access, user, "stats.read", { kind: "org", orgId: c.orgId })) kids.push(toRow(c));
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

/** The drill-down JSON of one cell of one unit: the cell, the tree, what is hidden (404 for an unknown cell or unit). */
export function loadCellDrill(ctx: ReadContext, year: number, orgCode: string, cellCode: string) {
  const cycle = getCycleByYear(ctx.db, year)!;
  const tree = buildTree(getRoster(ctx.db, cycle.id));
  const node = tree.byCode.get(orgCode);
  const cell = getTemplate(cycle.templateId).cell(cellCode);
  if (!node) throw new CommandError(404, `单位 ${orgCode} 不在 ${year} 年度名册中`);
  if (!cell) throw new CommandError(404, `单元格 ${cellCode} 不存在`);
  return { cell: { code: cell.code, name: cell.name, unit: cell.unit }, ...loadDrill(ctx.db, ctx.user, cycle, tree, node, cell) };
}
