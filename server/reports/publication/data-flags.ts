import { dataSha256, dataUsed } from "@/lib/report-publication";
import { formatShanghai } from "@/lib/time";
import type { Db } from "@/db/client";
import { loadCycleTotals, previousTotalsByCode } from "@/server/stats/cycle-totals";
import { listCyclePublications, type PublicationInfo } from "@/db/queries/report-publications";
import { PUBLICATION_BASIS } from "./freeze";

/** The flag's wording, on the report page and in the public list. */
export const DATA_FLAG = "所用数据已更正/已变化";

export type DataFlag = { orgId: number; version: number; reasons: string[] };

/**
 * Which units' latest published reports of a year were built on figures that are no longer
 * current: the figures' hash computed now (same basis and canonical form as at publication)
 * differs, or — for a compiled report — a unit below published a correction after it. Older
 * versions are superseded by the latest and are not flagged. Keyed by org id; units whose
 * latest version is still current are absent.
 */
export function publicationDataFlags(db: Db, year: number): Map<number, DataFlag> {
  const flags = new Map<number, DataFlag>();
  const loaded = loadCycleTotals(db, year, PUBLICATION_BASIS);
  if (!loaded) return flags;
  const all = listCyclePublications(db, loaded.cycle.id);
  if (!all.length) return flags;
  const latest = new Map<number, PublicationInfo>();
  for (const p of all) latest.set(p.orgId, p);
  const previous = previousTotalsByCode(db, loaded, "approved");
  const { tree } = loaded;

  for (const pub of latest.values()) {
    const node = tree.nodes.get(pub.orgId);
    if (!node) continue;
    const reasons: string[] = [];
    const now = dataSha256(dataUsed({ templateId: loaded.template.id, year, orgCode: node.code, tree, totals: loaded.totals, previous: previous?.get(node.code) ?? null }));
    if (now !== pub.dataSha256) reasons.push("生成报告所用的统计数据已变化（与发布时的数据校验值不同）");
    if (pub.compiled) {
      const below = new Set<number>();
      const walk = (orgId: number) => (tree.children.get(orgId) ?? []).forEach((c) => (below.add(c.orgId), walk(c.orgId)));
      walk(pub.orgId);
      for (const p of all) {
        if (below.has(p.orgId) && p.version > 1 && p.publishedAt > pub.publishedAt) {
          reasons.push(`下级单位${tree.nodes.get(p.orgId)?.name ?? ""}于 ${formatShanghai(p.publishedAt)} 发布了更正（第${p.version}版）`);
        }
      }
    }
    if (reasons.length) flags.set(pub.orgId, { orgId: pub.orgId, version: pub.version, reasons });
  }
  return flags;
}
