import { notFound } from "next/navigation";
import { buildTree, isLeaf } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { requirePermission } from "@/app/_server/guards";
import { getDb } from "@/db/client";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { StatsForm } from "@/components/stats-form/stats-form";
import { saveExplanationsAction } from "../workflow-actions";
import { loadCurrent, saveStats } from "./actions";
import { loadCurrentStats, loadPreviousStats, loadStoredExplanations } from "./load-stats";

export const metadata = { title: "填报统计数据 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/** The unit's statistics form for a year (a leaf unit of the cycle's roster only). */
export default async function EditStatsPage({ params }: { params: Promise<Params> }) {
  const { year: yearText, orgCode } = await params;
  const db = getDb();
  const org = getOrganisationByCode(db, decodeURIComponent(orgCode));
  // Unknown units get the same 403 as other units' data: the URL reveals nothing.
  await requirePermission("stats.edit", { kind: "org", orgId: org?.id ?? -1 });
  const year = Number(yearText);
  const cycle = Number.isInteger(year) ? getCycleByYear(db, year) : null;
  if (!org || !cycle) notFound();
  const roster = buildTree(getRoster(db, cycle.id));
  const node = roster.byCode.get(org.code);
  // A compiling unit's figures are the sum of its units: there is nothing to fill in.
  if (!node || !isLeaf(roster, node.orgId)) notFound();
  const template = getTemplate(cycle.templateId);
  const current = loadCurrentStats(db, cycle.id, template.id, node.orgId);
  const explanations = loadStoredExplanations(db, cycle.id, node.orgId);
  const previous = loadPreviousStats(db, year, template, org.code);

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {year}年度政府信息公开工作统计表（{node.name}）
      </h1>
      <StatsForm
        templateId={template.id}
        year={year}
        orgCode={org.code}
        initial={current}
        previous={previous}
        change={{ factorNum: cycle.warningFactorNum, factorDen: cycle.warningFactorDen, minimum: cycle.warningMinimum }}
        save={saveStats}
        loadCurrent={loadCurrent}
        initialExplanations={explanations}
        saveExplanations={saveExplanationsAction}
      />
    </>
  );
}
