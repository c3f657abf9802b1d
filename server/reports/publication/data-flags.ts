import { dataSha256, dataUsed } from "@/lib/report-publication";
import { formatShanghai } from "@/lib/time";
import type { Db } from "@/db/client";
import { loadCycleTotals, previousTotalsByCode } from "@/server/stats/cycle-totals";
import { listCyclePublications, type PublicationInfo } from "@/db/queries/report-publications";
import { PUBLICATION_BASIS } from "./freeze";
import { reportFigures } from "../report-data";
import type { ReportCoverage } from "@/lib/report/coverage";

/** The flag's wording, on the report page and in the public list. */
export const DATA_FLAG = "所用数据已更正/已变化";

export type DataFlag = { orgId: number; coverage: ReportCoverage; version: number; reasons: string[] };

/** A flag's key: a government with two reports may have one on each. */
export const flagKey = (orgId: number, coverage: ReportCoverage) => `${orgId}/${coverage}`;

/**
 * Which units' latest published reports of a year were built on figures that are no longer
 * current: the figures' hash computed now (same basis and canonical form as at publication)
 * differs, or — for a compiled report — a unit below published a correction after it. Older
 * versions are superseded by the latest and are not flagged. Keyed by flagKey(org id, report);
 * reports whose latest version is still current are absent.
 */
export function publicationDataFlags(db: Db, year: number): Map<string, DataFlag> {
  const flags = new Map<string, DataFlag>();
  const loaded = loadCycleTotals(db, year, PUBLICATION_BASIS);
  if (!loaded) return flags;
  const all = listCyclePublications(db, loaded.cycle.id);
  if (!all.length) return flags;
  const latest = new Map<string, PublicationInfo>();
  for (const p of all) latest.set(flagKey(p.orgId, p.coverage), p);
  const previous = previousTotalsByCode(db, loaded, "approved");
  const { tree } = loaded;

  for (const pub of latest.values()) {
    const node = tree.nodes.get(pub.orgId);
    if (!node) continue;
    const reasons: string[] = [];
    const figures = reportFigures(loaded, previous, node, pub.coverage);
    const now = dataSha256(dataUsed({ templateId: loaded.template.id, year, orgCode: node.code, tree: figures.tree, totals: figures.totals, previous: figures.previous }));
    if (now !== pub.dataSha256) reasons.push("生成报告所用的统计数据已变化（与发布时的数据校验值不同）");
    if (pub.compiled) {
      const below = new Set<number>();
      const walk = (orgId: number) => (figures.tree.children.get(orgId) ?? []).forEach((c) => (below.add(c.orgId), walk(c.orgId)));
      walk(pub.orgId);
      for (const p of all) {
        if (below.has(p.orgId) && p.version > 1 && p.publishedAt > pub.publishedAt) {
          reasons.push(`下级单位${tree.nodes.get(p.orgId)?.name ?? ""}于 ${formatShanghai(p.publishedAt)} 发布了更正（第${p.version}版）`);
        }
      }
    }
    if (reasons.length) flags.set(flagKey(pub.orgId, pub.coverage), { orgId: pub.orgId, coverage: pub.coverage, version: pub.version, reasons });
  }
  return flags;
}
