import { buildTree, evaluateFigure, formatScaled, type CellValues, type RosterNode } from "@/lib";
import { canSubmitCompiled } from "@/lib/workflow";
import type { Db } from "@/db/client";
import { getRoster, listCycles } from "@/db/queries/cycles";
import { loadCycleTotals, type CycleTotals } from "@/server/stats/cycle-totals";
import { listSubmissionStatuses } from "@/db/queries/submissions";
import { unitWording } from "@/server/reports/unit-wording";
import type { HomeSummary } from "@/lib/contracts/home-summary";

export type { HomeSummary } from "@/lib/contracts/home-summary";

/**
 * The approved totals of a node (default: the root of the roster) in a year (default: see
 * below), printed for the home page.
 *
 * Without a year: the latest cycle whose compilation at the node is complete (every direct
 * child of the node approved there), else the latest with any approved data for the node. So an
 * open cycle (the demo's 2019, or one a test opens) does not replace the last complete year's
 * figures with partial ones, nor blank the page.
 */
export function getHomeSummary(db: Db, year?: number, orgId?: number): HomeSummary | null {
  const cycles = listCycles(db).filter((c) => year === undefined || c.year === year);
  const summary = (y: number) => {
    const loaded = loadCycleTotals(db, y, "approved");
    const node = loaded && (orgId !== undefined ? loaded.tree.nodes.get(orgId) : loaded.tree.roots[0]);
    const totals = loaded && node ? (loaded.totals.get(node.orgId) ?? {}) : {};
    return loaded && node && Object.keys(totals).length > 0 ? summarise(db, loaded, node, totals) : null;
  };
  if (year !== undefined) return cycles.length ? summary(year) : null;
  // Whether a year is complete comes from the statuses alone: only that year's totals are
  // computed (the open cycle's were computed on every home page, then thrown away).
  for (const c of cycles) {
    const tree = buildTree(getRoster(db, c.id));
    const node = orgId !== undefined ? tree.nodes.get(orgId) : tree.roots[0];
    if (!node || !canSubmitCompiled(tree, node.orgId, listSubmissionStatuses(db, c.id)).ok) continue;
    const complete = summary(c.year);
    if (complete) return complete;
  }
  for (const c of cycles) {
    const partial = summary(c.year);
    if (partial) return partial;
  }
  return null;
}

function summarise(db: Db, loaded: CycleTotals, node: RosterNode, totals: CellValues): HomeSummary {
  const targetYear = loaded.cycle.year;
  const values: Record<string, string> = {};
  for (const c of loaded.template.cells) {
    const v = totals[c.code];
    if (v !== undefined) values[c.code] = formatScaled(v, c.scale);
  }
  const splitDef = loaded.template.figures.find((f) => f.kind === "split");
  const split: HomeSummary["split"] = [];
  if (splitDef) {
    const words = unitWording(db, loaded.tree, node);
    const r = evaluateFigure(splitDef, { template: loaded.template, current: totals, tree: loaded.tree, totals: loaded.totals, orgId: node.orgId, words });
    const unit = loaded.template.cell(splitDef.cells[0]!)?.unit ?? "";
    if (r?.kind === "split") {
      for (const p of r.parts) split.push({ label: p.label, value: p.value.wan + unit, share: `${p.chartPercent}%` });
    }
  }
  return { year: targetYear, orgName: node.name, templateId: loaded.template.id, values, split };
}
