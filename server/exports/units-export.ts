import type { RosterNode } from "@/lib";
import { ORG_KIND_LABELS } from "@/lib/import/validate-orgs";
import { statusLabel } from "@/lib/workflow";
import type { Db } from "@/db/client";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { listSubmissionStatuses, listSubmissionValues } from "@/db/queries/submissions";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { unitStatsAccess } from "../review/read-access";
import { loadCycleTotals, STATUSES_FOR, type TotalsBasis } from "../stats/cycle-totals";
import { BASIS_LABEL } from "./table-export";
import { unitsWorkbook, type UnitsRow } from "./units-workbook";

export type UnitsExport = { year: number; orgCode: string; unitName: string; yearTitle: string; rows: (UnitsRow & { orgId: number })[]; xlsx: () => Promise<Buffer> };

/**
 * The node and every unit of the cycle's roster below it, depth first in code order, each with
 * the figures counted for it under the basis (a compiling unit: the sum below it, as its compiled
 * table; a typed unit: its own submission when its status counts). No permission check: the CLI's `export`
 * (whoever holds the database) and the guarded loader below.
 */
export function unitsExportOf(db: Db, year: number, orgCode: string, basis: TotalsBasis): UnitsExport {
  const loaded = loadCycleTotals(db, year, basis);
  if (!loaded) throw new CommandError(404, `${year} 年度的填报周期不存在`);
  const { tree, totals, template } = loaded;
  const node = tree.byCode.get(orgCode);
  if (!node) throw new CommandError(404, `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中`);
  const statuses = listSubmissionStatuses(db, loaded.cycle.id);
  // A typed unit's row is its own counted submission, every cell it holds (the totals leave out a
  // cell beyond the official table that not every unit reported).
  const own = new Map(listSubmissionValues(db, loaded.cycle.id, STATUSES_FOR[basis]).map((s) => [s.orgId, s.values]));
  const rows: UnitsExport["rows"] = [];
  const visit = (n: RosterNode, depth: number) => {
    const children = tree.children.get(n.orgId) ?? [];
    rows.push({
      orgId: n.orgId,
      code: n.code,
      name: n.name,
      parentCode: n.parentOrgId === null ? null : (tree.nodes.get(n.parentOrgId)?.code ?? null),
      depth,
      kindLabel: (ORG_KIND_LABELS as Record<string, string>)[n.kind] ?? n.kind,
      statusLabel: statusLabel(statuses.get(n.orgId)),
      source: children.length > 0 ? "下级汇总" : "本单位填报",
      values: (children.length > 0 ? totals.get(n.orgId) : own.get(n.orgId)) ?? {},
    });
    for (const c of children) visit(c, depth + 1);
  };
  visit(node, 1);
  const yearTitle = cycleTitle(db, year);
  const out: UnitsExport = {
    year,
    orgCode: node.code,
    unitName: node.name,
    yearTitle,
    rows,
    xlsx: () => unitsWorkbook({ template, rows: out.rows, title: `${yearTitle}${node.name}及所属单位政府信息公开情况统计数据`, basisLabel: BASIS_LABEL[basis] }),
  };
  return out;
}

/**
 * For a signed-in reader: stats.read on the node (as its compiled table beside it), and only the
 * rows of units the reader may read themselves.
 */
export function loadUnitsExport(ctx: ReadContext, params: { year: string; orgCode: string }, basis: TotalsBasis): UnitsExport {
  const access = unitStatsAccess(ctx, params);
  const units = unitsExportOf(ctx.db, access.year, access.orgCode, basis);
  units.rows = units.rows.filter((r) => ctx.can("stats.read", { kind: "org", orgId: r.orgId }, access.year));
  return units;
}

/** "2018年度内蒙古自治区及所属单位统计数据.xlsx". */
export function unitsFileName(u: UnitsExport): { fileName: string; asciiName: string } {
  return { fileName: `${u.yearTitle}${u.unitName}及所属单位统计数据.xlsx`, asciiName: `units-${u.year}-${u.orgCode}.xlsx` };
}
