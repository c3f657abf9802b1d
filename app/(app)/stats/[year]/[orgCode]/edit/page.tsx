import { notFound } from "next/navigation";
import { requireUnitPage } from "@/server/next/unit-page";
import { isLeaf } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { StatsForm } from "@/components/stats-form/stats-form";
import { saveExplanationsAction } from "../workflow-actions";
import { loadCurrent, saveStats } from "./actions";
import { loadCurrentStats, loadPreviousStats, loadStoredExplanations } from "@/server/stats/load-stats";

export const metadata = { title: "填报统计数据 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/** The unit's statistics form for a year (a leaf unit of the cycle's roster only). */
export default async function EditStatsPage({ params }: { params: Promise<Params> }) {
  const { db, year, cycle, roster, node } = await requireUnitPage(params, "stats.edit");
  // A compiling unit's figures are the sum of its units: there is nothing to fill in.
  if (!isLeaf(roster, node.orgId)) notFound();
  const template = getTemplate(cycle.templateId);
  const current = loadCurrentStats(db, cycle.id, template.id, node.orgId);
  const explanations = loadStoredExplanations(db, cycle.id, node.orgId);
  const previous = loadPreviousStats(db, year, template, node.code);

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px", textAlign: "center" }}>
        {year}年度政府信息公开工作统计表（{node.name}）
      </h1>
      <StatsForm
        templateId={template.id}
        year={year}
        orgCode={node.code}
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
